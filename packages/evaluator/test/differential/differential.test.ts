// Differential test: thousands of generated policy sets and requests, decided by our evaluator
// and by @cloud-copilot/iam-simulate. Every disagreement must be a documented known difference
// (KNOWN-DIFFERENCES.md) that the entry's rewrite explains; anything else fails with the case.
//
//   DIFF_SEED=<n>   change the seed (default below)       DIFF_CASES=<n>  number of cases
//   DIFF_CASE=<i>   run only case i of the seed (replay one failure)
import { describe, expect, it } from 'vitest';
import { allScenarios } from '../../bench/scenarios.js';
import { compareCase, type Outcome } from './compare-case.js';
import { featuresOf, MIN_CASES_PER_FEATURE, REQUIRED_FEATURES } from './features.js';
import { describeAnswer, describeCase } from './format-case.js';
import { generateCase, type DiffCase } from './generate/generate-case.js';
import { minimize } from './minimize.js';
import { askOracle } from './oracle.js';
import { askOurs } from './ours.js';

const SEED = Number(process.env.DIFF_SEED ?? 20_251_123);
const COUNT = Number(process.env.DIFF_CASES ?? 6000);
const ONLY = process.env.DIFF_CASE === undefined ? undefined : Number(process.env.DIFF_CASE);
/** Failures printed in full; the rest are counted. */
const SHOWN = 5;
/** About 10 s of CPU; the generous limit is for machines shared with other work. */
const TIMEOUT_MS = 300_000;

type Failure = { c: DiffCase; outcome: Outcome & { kind: 'disagree' | 'oracle-error' } };

function answers(outcome: Failure['outcome']): string {
  if (outcome.kind === 'oracle-error')
    return `the oracle rejected the generated case: ${describeAnswer(outcome.oracle)}`;
  const unexplained = outcome.explainedBy?.length
    ? `\n(known differences ${outcome.explainedBy.join(', ')} apply but do not explain it)`
    : '';
  return `oracle: ${describeAnswer(outcome.oracle)}    ours: ${describeAnswer(outcome.ours)}${unexplained}`;
}

/** The case shrunk to what still disagrees, then the whole case as generated. */
async function report({ c, outcome }: Failure): Promise<string> {
  if (outcome.kind === 'oracle-error') return `${describeCase(c)}\n${answers(outcome)}`;
  const small = await minimize(c);
  const smallOutcome = await compareCase(small);
  const smallText =
    smallOutcome.kind === 'disagree' ? `${describeCase(small)}\n${answers(smallOutcome)}` : '';
  return `minimal form:\n${smallText}\n\nas generated:\n${describeCase(c)}\n${answers(outcome)}`;
}

describe('differential test against @cloud-copilot/iam-simulate', () => {
  it(
    `agrees on ${ONLY === undefined ? COUNT : 1} generated cases (seed ${SEED})`,
    async () => {
      console.log(
        `differential: seed ${SEED}, ${COUNT} cases (DIFF_SEED / DIFF_CASES / DIFF_CASE to change)`,
      );
      const indexes = ONLY === undefined ? Array.from({ length: COUNT }, (_, i) => i) : [ONLY];
      const decisions: Record<string, number> = {};
      const known: Record<string, number> = {};
      const failures: Failure[] = [];
      const coverage: Record<string, number> = {};
      for (const index of indexes) {
        const c = generateCase(SEED, index);
        for (const feature of featuresOf(c)) coverage[feature] = (coverage[feature] ?? 0) + 1;
        const outcome = await compareCase(c);
        if (outcome.kind === 'agree') decisions[outcome.decision] = (decisions[outcome.decision] ?? 0) + 1;
        else if (outcome.kind === 'known') for (const id of outcome.ids) known[id] = (known[id] ?? 0) + 1;
        else failures.push({ c, outcome });
      }
      console.log(`agreed: ${JSON.stringify(decisions)}; known differences: ${JSON.stringify(known)}`);
      console.log(
        `coverage (cases per feature): ${REQUIRED_FEATURES.map((f) => `${f} ${coverage[f] ?? 0}`).join(', ')}`,
      );
      const shown = (await Promise.all(failures.slice(0, SHOWN).map(report))).join('\n\n----\n\n');
      const more = failures.length > SHOWN ? `\n\n...and ${failures.length - SHOWN} more` : '';
      expect(failures.length, `${failures.length} unexplained disagreements:\n\n${shown}${more}`).toBe(0);
      // The corpus must keep exercising every feature and reaching every decision, or agreeing proves little.
      if (ONLY === undefined) {
        const thin = REQUIRED_FEATURES.filter((f) => (coverage[f] ?? 0) < MIN_CASES_PER_FEATURE);
        expect(
          thin,
          `features seen in fewer than ${MIN_CASES_PER_FEATURE} cases: ${JSON.stringify(coverage)}`,
        ).toEqual([]);
        for (const decision of ['Allow', 'ExplicitDeny', 'ImplicitDeny']) {
          expect(decisions[decision] ?? 0).toBeGreaterThan(COUNT / 10);
        }
      }
    },
    TIMEOUT_MS,
  );

  it('decides the benchmark scenarios as AWS does, in both engines', async () => {
    for (const scenario of allScenarios()) {
      expect({ id: scenario.id, answer: await askOracle(scenario.case) }).toEqual({
        id: scenario.id,
        answer: { decision: scenario.expected },
      });
      expect({ id: scenario.id, answer: askOurs(scenario.case) }).toEqual({
        id: scenario.id,
        answer: { decision: scenario.expected },
      });
    }
  });
});
