// Runs every case of the evaluation corpus (test/corpus/*.json): the fast evaluate() must give
// the expected decision, and explain() must agree with it, carry the expected summary, and
// account for every statement of every policy.

import { describe, expect, it } from 'vitest';
import { compilePolicySet } from '../../src/compile/compile-policy-set.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { explain } from '../../src/explain/explain.js';
import { loadCorpus, policySetOf } from './load-corpus.js';

const corpus = loadCorpus();

describe('evaluation corpus', () => {
  it('holds several hundred cases, each citing the AWS documentation', () => {
    const cases = corpus.flatMap((f) => f.cases);
    expect(cases.length).toBeGreaterThanOrEqual(300);
    for (const c of cases) expect(c.doc, c.name).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  for (const file of corpus) {
    describe(file.topic, () => {
      for (const c of file.cases) {
        it(c.name, () => {
          const set = policySetOf(c);
          const compiled = compilePolicySet(set);
          expect(evaluate(compiled, c.request), 'evaluate').toBe(c.expect);
          const explanation = explain(compiled, c.request);
          expect(explanation.decision, 'explain agrees with evaluate').toBe(c.expect);
          if (c.summary !== undefined) expect(explanation.summary).toContain(c.summary);
          if (c.crossAccount !== undefined) expect(explanation.crossAccount).toBe(c.crossAccount);
          const statements = explanation.policies.reduce((n, p) => n + p.statements.length, 0);
          const written = [
            set.identity,
            set.resource,
            set.boundary,
            set.session,
            ...(set.scp ?? []),
            ...(set.rcp ?? []),
          ]
            .flatMap((list) => list ?? [])
            .reduce((n, p) => n + p.document.statements.length, 0);
          expect(statements, 'every statement explained').toBe(written);
        });
      }
    });
  }
});
