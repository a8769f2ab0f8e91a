// Parse + compile of the AWS door benchmark caller's ten policies (the server's cache miss),
// as apps/server/src/authz/compile-principal.ts does it: `parsePolicy(text, { sourceMap: false })`
// then one compilePolicySet. Goal (issue 11): ≤ 50 µs median.
//
//   node --conditions=source --import tsx bench/parse-compile.ts   (PC_RUNS=20000)
import { compilePolicySet } from '../src/compile/compile-policy-set.js';
import { hasErrors } from '../src/diagnostics.js';
import { parsePolicy } from '../src/parse/parse-policy.js';
import type { PolicyInput } from '../src/types.js';
import { doorPolicyTexts } from './door-policies.js';

const RUNS = Number(process.env.PC_RUNS ?? 20_000);
const texts = doorPolicyTexts();

function parseAll(): PolicyInput[] {
  return texts.map((text, i) => {
    const { document, diagnostics } = parsePolicy(text, { sourceMap: false });
    if (!document || hasErrors(diagnostics)) throw new Error(`policy ${i} does not parse`);
    return { id: `p${i}`, name: `p${i}`, document };
  });
}

for (let i = 0; i < 2000; i++) compilePolicySet({ identity: parseAll() });
const cpuStart = process.cpuUsage();
const total: number[] = [];
const parse: number[] = [];
const compile: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = process.hrtime.bigint();
  const identity = parseAll();
  const t1 = process.hrtime.bigint();
  compilePolicySet({ identity });
  const t2 = process.hrtime.bigint();
  parse.push(Number(t1 - t0) / 1000);
  compile.push(Number(t2 - t1) / 1000);
  total.push(Number(t2 - t0) / 1000);
}
const cpu = process.cpuUsage(cpuStart);
const cpuPerRun = (cpu.user + cpu.system) / RUNS;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = [...total].sort((a, b) => a - b)[Math.floor(total.length * 0.95)]!;
console.log(
  `parse + compile of 10 policies (${RUNS} runs): median ${median(total).toFixed(1)} µs ` +
    `(parse ${median(parse).toFixed(1)}, compile ${median(compile).toFixed(1)}), p95 ${p95.toFixed(1)} µs; ` +
    `CPU ${cpuPerRun.toFixed(1)} µs per run (mean, less sensitive to a busy machine than wall time)`,
);
