// `pnpm bench`: decisions per second for our evaluator and for @cloud-copilot/iam-simulate's
// runSimulation and runUnsafeSimulation, on the same scenarios in the same process.
//
//   BENCH_ENGINES=ours,ours-cold   time only these engines (e.g. under `node --cpu-prof`)
//   BENCH_RUNS=<n>                 timed runs per measurement (median reported; default 5)
import os from 'node:os';
import { timeColdPath, type ColdFigure } from './cold.js';
import { compilePolicySet } from '../src/compile/compile-policy-set.js';
import { evaluate } from '../src/evaluate/evaluate.js';
import { toSimulation } from '../test/differential/oracle.js';
import { evaluationRequest, policySetInput } from '../test/differential/ours.js';
import { runSimulation, runUnsafeSimulation } from '@cloud-copilot/iam-simulate';
import {
  oracleRunner,
  ourColdRunner,
  ourRunner,
  unsafeOracleRunner,
  type Engine,
  type Runner,
} from './engines.js';
import { CLOCK, consume, measure, now, sinkValue, timeRepeated, type MeasureOptions } from './measure.js';
import { allScenarios, batchRequests, scenarioBAllowed, tenPolicies, type Scenario } from './scenarios.js';

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

interface Batch {
  oursMs?: number;
  oracleMs?: number;
  unsafeMs?: number;
}

/** Ours on the batch: compiled once, warmed up for a second, then the median of several passes. */
function timeOurBatch(): number | undefined {
  if (!ENGINES.has('ours')) return undefined;
  const compiled = compilePolicySet(policySetInput(scenarioBAllowed().case));
  const requests = batchRequests().map((request) => evaluationRequest(request));
  const pass = () => {
    for (const request of requests) consume(evaluate(compiled, request));
  };
  const warmUntil = now() + 1000;
  while (now() < warmUntil) pass();
  return timeRepeated(pass, Math.max(RUNS, 15), 0);
}

/** The oracle on a slice of the batch, scaled up to the whole batch. */
async function timeOracleBatch(batch: Batch): Promise<void> {
  const requests = batchRequests();
  const base = scenarioBAllowed().case;
  // The oracle is timed on a slice of the batch and scaled up.
  const slice = (n: number) => requests.slice(0, n).map((request) => toSimulation({ ...base, request }));
  if (ENGINES.has('runSimulation')) {
    const simulations = slice(200);
    const start = now();
    for (const s of simulations) consume(await runSimulation(s, {}));
    batch.oracleMs = ((now() - start) * requests.length) / simulations.length;
  }
  if (ENGINES.has('runUnsafeSimulation')) {
    const simulations = slice(2000);
    const start = now();
    for (const s of simulations) consume(runUnsafeSimulation(s, {}));
    batch.unsafeMs = ((now() - start) * requests.length) / simulations.length;
  }
}

function printBatch(b: Batch): void {
  console.log(`\n(e) batch of 10,000 requests against the ${tenPolicies().length}-policy principal`);
  if (b.oursMs !== undefined) console.log(`  ours                 ${fmt(b.oursMs, 2)} ms per batch (median)`);
  if (b.oracleMs !== undefined)
    console.log(`  runSimulation        ~${fmt(b.oracleMs)} ms (scaled from 200 requests)`);
  if (b.unsafeMs !== undefined)
    console.log(`  runUnsafeSimulation  ~${fmt(b.unsafeMs)} ms (scaled from 2,000 requests)`);
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

function printGoals(rows: Row[], batch: Batch): boolean {
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
  if (batch.oursMs !== undefined) {
    results.push([
      batch.oursMs < GOALS.batchMs,
      `batch of 10,000 < ${GOALS.batchMs} ms: ${fmt(batch.oursMs, 2)} ms`,
    ]);
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
  await timeColumn(rows, 'ours', ourRunner);
  const batch: Batch = { oursMs: timeOurBatch() };
  await timeColumn(rows, 'cold', ourColdRunner);
  const cold = ENGINES.has('ours-cold') ? await timeColdPath(RUNS) : [];
  await timeColumn(rows, 'oracle', oracleRunner);
  await timeColumn(rows, 'unsafe', unsafeOracleRunner);
  await timeOracleBatch(batch);
  process.stderr.write('\n');
  printScenarios(rows);
  printBatch(batch);
  printCold(cold);
  const allPass = printGoals(rows, batch);
  console.log(
    `\n${allPass ? 'all goals met' : 'some goals missed'} in ${fmt((performance.now() - started) / 1000, 1)} s (checksum ${sinkValue()})`,
  );
}

await main();
