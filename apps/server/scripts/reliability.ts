// The long reliability run: the route fuzzer with thousands of cases (5,000 unless told), the
// unauthenticated walker and the two-instance tests, one seed for the whole run, printed first
// so that any failure can be replayed.
//
//   pnpm --filter @gatehouse/server reliability [--cases N] [--seed S] [--case LABEL]
//
// --case replays one fuzz case (its label is in the failure: `aws#17`, `root#4`, `iam#120`)
// with the seed of the run that found it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const FILES = [
  'test/reliability/route-fuzz.test.ts',
  'test/reliability/unauthenticated-walker.test.ts',
  'test/reliability/two-instances.test.ts',
];

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: process.env.RELIABILITY_CASES ?? '5000' },
    seed: { type: 'string', default: process.env.RELIABILITY_SEED },
    case: { type: 'string', default: process.env.RELIABILITY_CASE },
  },
});

const cases = Number(values.cases);
if (!Number.isInteger(cases) || cases < 1) {
  console.error(`--cases must be a positive whole number, not \`${values.cases}\``);
  process.exit(2);
}
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 32));
console.log(
  `reliability: ${cases} fuzz cases, seed ${seed}${values.case ? `, only case ${values.case}` : ''}`,
);

const vitestDir = path.dirname(createRequire(import.meta.url).resolve('vitest/package.json'));
const files = values.case ? FILES.slice(0, 1) : FILES;
const result = spawnSync(process.execPath, [path.join(vitestDir, 'vitest.mjs'), 'run', ...files], {
  stdio: 'inherit',
  env: {
    ...process.env,
    RELIABILITY_CASES: String(cases),
    RELIABILITY_SEED: seed,
    RELIABILITY_VERBOSE: '1',
    ...(values.case ? { RELIABILITY_CASE: values.case } : {}),
  },
});
if (result.status !== 0)
  console.error(`reliability: failed; replay with --seed ${seed} (and --case <label>)`);
process.exit(result.status ?? 1);
