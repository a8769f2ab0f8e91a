// `pnpm bench`: decisions per second for our evaluator and for @cloud-copilot/iam-simulate's
// runSimulation and runUnsafeSimulation, on the same scenarios in the same process.
//
//   BENCH_ENGINES=ours,ours-cold   time only these engines (e.g. under `node --cpu-prof`)
//   BENCH_RUNS=<n>                 timed runs per measurement (median reported; default 5)
//   BENCH_ORACLE_PASSES=<n>        timed whole passes of the oracle over each batch (default 2)
import os from 'node:os';
import { timeColdPath, type ColdFigure } from './cold.js';
import { compilePolicySet } from '../src/compile/compile-policy-set.js';
import { evaluate } from '../src/evaluate/evaluate.js';
import { toSimulation } from '../test/differential/oracle.js';
import { evaluationRequest, policySetInput } from '../test/differential/ours.js';
import { runSimulation, runUnsafeSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import {
  oracleRunner,
  ourColdRunner,
  ourRunner,
  unsafeOracleRunner,
  type Engine,
  type Runner,
} from './engines.js';
import { CLOCK, consume, measure, now, sinkValue, timeRepeated, type MeasureOptions } from './measure.js';
import {
  allScenarios,
  batchRequests,
  randomBatchRequests,
  scenarioBAllowed,
  tenPolicies,
  type Scenario,
} from './scenarios.js';
import type { Decision } from '../src/types.js';
import type { DiffRequest } from '../test/differential/generate/generate-case.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ENGINES = new Set(
  (process.env.BENCH_ENGINES ?? 'ours,ours-cold,runSimulation,runUnsafeSimulation').split(','),
);
const OPTIONS: Record<Engine, MeasureOptions> = {
  ours: { runMs: 200, runs: RUNS },
  'ours-cold': { runMs: 150, runs: RUNS },
  runSimulation: { runMs: 300, runs: Math.min(RUNS, 3) },
  runUnsafeSimulation: { runMs: 250, runs: Math.min(RUNS, 3) },
};
const GOALS = { oursPerSecond: 1_000_000, vsRunSimulation: 300, vsRunUnsafe: 50, batchMs: 10 };

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const pad = (s: string, n: number) => s.padStart(n);

async function timeEngine(
  scenario: Scenario,
  make: (s: Scenario['case']) => Runner,
): Promise<number | undefined> {
  const runner = make(scenario.case);
  if (!ENGINES.has(runner.engine)) return undefined;
  const decision = await runner.decide();
  if (decision !== scenario.expected) {
    throw new Error(
      `${runner.engine} decides scenario ${scenario.id} as ${decision}, expected ${scenario.expected}`,
    );
  }
  return (await measure(runner.run, OPTIONS[runner.engine], runner.isAsync)).perSecond;
}

interface Row {
  scenario: Scenario;
  ours?: number;
  cold?: number;
  oracle?: number;
  unsafe?: number;
}

type Column = 'ours' | 'cold' | 'oracle' | 'unsafe';

/**
 * One engine across every scenario, engine by engine rather than scenario by scenario, so
 * one engine's garbage and JIT state do not land in another's timings.
 */
async function timeColumn(rows: Row[], column: Column, make: (s: Scenario['case']) => Runner): Promise<void> {
  for (const row of rows) {
    row[column] = await timeEngine(row.scenario, make);
    process.stderr.write('.');
  }
}

const ratio = (a?: number, b?: number) => (a && b ? `${fmt(a / b)}×` : '–');
const cell = (n?: number) => (n === undefined ? '–' : fmt(n));

function printScenarios(rows: Row[]): void {
  console.log('decisions per second (median); × = ours ÷ oracle');
  console.log(
    `${'scenario'.padEnd(66)}${pad('ours', 13)}${pad('ours cold', 12)}${pad('runSimulation', 15)}${pad('×', 9)}` +
      `${pad('runUnsafe', 12)}${pad('×', 8)}`,
  );
  for (const r of rows) {
    console.log(
      `${`${r.scenario.id.padEnd(8)}${r.scenario.title}`.padEnd(66)}${pad(cell(r.ours), 13)}${pad(cell(r.cold), 12)}` +
        `${pad(cell(r.oracle), 15)}${pad(ratio(r.ours, r.oracle), 9)}${pad(cell(r.unsafe), 12)}${pad(ratio(r.ours, r.unsafe), 8)}`,
    );
  }
}

/** One batch of requests, timed as whole passes on every engine. */
interface Batch {
  name: string;
  title: string;
  requests: DiffRequest[];
  oursMs?: number;
  oracleMs?: number;
  unsafeMs?: number;
  /** Our decisions over one pass, and how many of them the oracle's runSimulation shares. */
  decisions: Record<Decision, number>;
  agreed?: number;
}

const ORACLE_PASSES = Number(process.env.BENCH_ORACLE_PASSES ?? 2);

function newBatch(name: string, title: string, requests: DiffRequest[]): Batch {
  return { name, title, requests, decisions: { Allow: 0, ExplicitDeny: 0, ImplicitDeny: 0 } };
}

/** Ours on a batch: compiled once, warmed up for a second, then the median of whole passes. */
function timeOurBatch(batch: Batch): Decision[] {
  const compiled = compilePolicySet(policySetInput(scenarioBAllowed().case));
  const requests = batch.requests.map((request) => evaluationRequest(request));
  const decisions = requests.map((request) => evaluate(compiled, request));
  for (const d of decisions) batch.decisions[d]++;
  if (!ENGINES.has('ours')) return decisions;
  const pass = () => {
    for (const request of requests) consume(evaluate(compiled, request));
  };
  const warmUntil = now() + 1000;
  while (now() < warmUntil) pass();
  batch.oursMs = timeRepeated(pass, Math.max(RUNS, 15), 0);
  return decisions;
}

const ORACLE_DECISIONS: Record<string, Decision> = {
  Allowed: 'Allow',
  ExplicitlyDenied: 'ExplicitDeny',
  ImplicitlyDenied: 'ImplicitDeny',
};

/**
 * An engine on a whole batch: one untimed pass first (the oracle loads its service data on
 * first use, which a long-running server pays once), then the median of `passes` timed passes
 * over every request. Returns the decisions of the untimed pass; throws if any request errs.
 */
async function timeWholePasses(
  requests: readonly unknown[],
  decide: (request: unknown) => Promise<string> | string,
  passes: number,
): Promise<{ ms: number; decisions: string[] }> {
  const decisions: string[] = [];
  for (const request of requests) decisions.push(await decide(request));
  const errors = decisions.filter((d) => !(d in ORACLE_DECISIONS));
  if (errors.length > 0)
    throw new Error(`the oracle could not decide ${errors.length} requests: ${errors[0]}`);
  const times: number[] = [];
  for (let p = 0; p < passes; p++) {
    const start = now();
    for (const request of requests) consume(await decide(request));
    times.push(now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1]!, decisions };
}

async function timeOracleBatch(batch: Batch, ours: readonly Decision[]): Promise<void> {
  const base = scenarioBAllowed().case;
  const simulations = batch.requests.map((request) => toSimulation({ ...base, request }));
  if (ENGINES.has('runSimulation')) {
    const run = async (s: unknown) => {
      const result = await runSimulation(s as Simulation, {});
      return result.resultType === 'error' ? `error ${JSON.stringify(result.errors)}` : result.overallResult;
    };
    const { ms, decisions } = await timeWholePasses(simulations, run, ORACLE_PASSES);
    batch.oracleMs = ms;
    batch.agreed = decisions.filter((d, i) => ORACLE_DECISIONS[d] === ours[i]).length;
  }
  if (ENGINES.has('runUnsafeSimulation')) {
    const run = (s: unknown) => runUnsafeSimulation(s as Simulation, {}) as string;
    batch.unsafeMs = (await timeWholePasses(simulations, run, ORACLE_PASSES + 1)).ms;
  }
}

function printBatches(batches: readonly Batch[]): void {
  const n = batches[0]?.requests.length ?? 0;
  console.log(
    `\n(e) batches of ${fmt(n)} requests against the ${tenPolicies().length}-policy principal: ms per whole pass (median),` +
      ` after an untimed warm-up pass; oracle passes: ${ORACLE_PASSES} (unsafe ${ORACLE_PASSES + 1})`,
  );
  console.log(
    `${''.padEnd(10)}${pad('ours', 10)}${pad('runSimulation', 15)}${pad('×', 8)}${pad('runUnsafe', 12)}${pad('×', 8)}   decisions (ours); oracle agrees`,
  );
  for (const b of batches) {
    const ms = (x?: number, digits = 2) => (x === undefined ? '–' : fmt(x, digits));
    const mix = Object.entries(b.decisions)
      .map(([d, k]) => `${d} ${fmt((k * 100) / b.requests.length)}%`)
      .join(', ');
    const agreed = b.agreed === undefined ? '' : `; ${fmt(b.agreed)} of ${fmt(b.requests.length)}`;
    console.log(
      `${b.name.padEnd(10)}${pad(ms(b.oursMs), 10)}${pad(ms(b.oracleMs, 0), 15)}${pad(ratio(b.oracleMs, b.oursMs), 8)}` +
        `${pad(ms(b.unsafeMs, 0), 12)}${pad(ratio(b.unsafeMs, b.oursMs), 8)}   ${mix}${agreed}`,
    );
  }
  for (const b of batches) console.log(`  ${b.name}: ${b.title}`);
}

function printCold(figures: ColdFigure[]): void {
  if (figures.length === 0) return;
  console.log(`\n(f) cold path: parse + compile the ${tenPolicies().length}-policy set (a cache miss)`);
  for (const f of figures) {
    const label = f.sourceMap ? 'with source map (default)' : 'sourceMap: false';
    console.log(
      `  ${label.padEnd(27)}${fmt(f.ms, 3)} ms per set (median), GC ~${fmt(f.gcShare * 100)}% of wall time`,
    );
  }
}

function printGoals(rows: Row[], batches: readonly Batch[]): boolean {
  const results: [boolean, string][] = [];
  const bAllow = rows.find((r) => r.scenario.id === 'b-allow')?.ours;
  if (bAllow !== undefined) {
    results.push([
      bAllow >= GOALS.oursPerSecond,
      `ours ≥ ${fmt(GOALS.oursPerSecond)} decisions/s on b-allow: ${fmt(bAllow)}`,
    ]);
  }
  const worst = (key: 'oracle' | 'unsafe') => {
    const ratios = rows
      .filter((r) => r.ours && r[key])
      .map((r) => ({ id: r.scenario.id, x: r.ours! / r[key]! }));
    return ratios.sort((a, b) => a.x - b.x)[0];
  };
  const vsOracle = worst('oracle');
  if (vsOracle) {
    results.push([
      vsOracle.x >= GOALS.vsRunSimulation,
      `ours ≥ ${GOALS.vsRunSimulation}× runSimulation on every scenario: lowest ${fmt(vsOracle.x)}× (${vsOracle.id})`,
    ]);
  }
  const vsUnsafe = worst('unsafe');
  if (vsUnsafe) {
    results.push([
      vsUnsafe.x >= GOALS.vsRunUnsafe,
      `ours ≥ ${GOALS.vsRunUnsafe}× runUnsafeSimulation on every scenario: lowest ${fmt(vsUnsafe.x)}× (${vsUnsafe.id})`,
    ]);
  }
  for (const b of batches) {
    if (b.oursMs !== undefined) {
      results.push([
        b.oursMs < GOALS.batchMs,
        `${b.name} batch of ${fmt(b.requests.length)} < ${GOALS.batchMs} ms: ${fmt(b.oursMs, 2)} ms`,
      ]);
    }
    if (b.oursMs !== undefined && b.oracleMs !== undefined) {
      const x = b.oracleMs / b.oursMs;
      results.push([
        x >= GOALS.vsRunSimulation,
        `${b.name} batch ≥ ${GOALS.vsRunSimulation}× runSimulation: ${fmt(x)}×`,
      ]);
    }
    if (b.oursMs !== undefined && b.unsafeMs !== undefined) {
      const x = b.unsafeMs / b.oursMs;
      results.push([
        x >= GOALS.vsRunUnsafe,
        `${b.name} batch ≥ ${GOALS.vsRunUnsafe}× runUnsafeSimulation: ${fmt(x)}×`,
      ]);
    }
  }
  console.log('\ngoals');
  for (const [pass, text] of results) console.log(`  ${pass ? 'PASS' : 'MISS'}  ${text}`);
  return results.every(([pass]) => pass);
}

async function main(): Promise<void> {
  const started = performance.now();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Gatehouse evaluator benchmark: node ${process.version}, ${cpu}, ${os.cpus().length} cores`);
  console.log(
    `engines: ${[...ENGINES].join(', ')}; median of ${RUNS} runs (oracle: ${Math.min(RUNS, 3)}); clock: ${CLOCK === 'cpu' ? 'process CPU time' : 'wall time'}\n`,
  );
  const rows: Row[] = allScenarios().map((scenario) => ({ scenario }));
  const batches = [
    newBatch(
      'cyclic',
      'batchRequests(): 8 request shapes in a fixed cycle, 4 source addresses',
      batchRequests(),
    ),
    newBatch(
      'random',
      'randomBatchRequests(): 16 actions, random resources, accounts, addresses, times (seeded)',
      randomBatchRequests(),
    ),
  ];
  await timeColumn(rows, 'ours', ourRunner);
  const ours = batches.map((b) => timeOurBatch(b));
  await timeColumn(rows, 'cold', ourColdRunner);
  const cold = ENGINES.has('ours-cold') ? await timeColdPath(RUNS) : [];
  await timeColumn(rows, 'oracle', oracleRunner);
  await timeColumn(rows, 'unsafe', unsafeOracleRunner);
  for (const [i, b] of batches.entries()) {
    await timeOracleBatch(b, ours[i]!);
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  printScenarios(rows);
  printBatches(batches);
  printCold(cold);
  const allPass = printGoals(rows, batches);
  console.log(
    `\n${allPass ? 'all goals met' : 'some goals missed'} in ${fmt((performance.now() - started) / 1000, 1)} s (checksum ${sinkValue()})`,
  );
}

await main();
