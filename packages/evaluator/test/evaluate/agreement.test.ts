// explain() must reach the same decision as evaluate() on every request, not only the ones
// the corpus expects. Each corpus policy set is asked requests recombined from every case's
// principal, action, resource and context, in a fixed pseudo-random order (evaluate keeps
// small memos between calls, so interleaving matters too).

import { describe, expect, it } from 'vitest';
import { compilePolicySet } from '../../src/compile/compile-policy-set.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { explain } from '../../src/explain/explain.js';
import type { EvaluationRequest } from '../../src/types.js';
import { loadCorpus, policySetOf } from './load-corpus.js';

const cases = loadCorpus().flatMap((f) => f.cases);
const unique = <T>(xs: T[]) => [...new Map(xs.map((x) => [JSON.stringify(x), x])).values()];
const principals = unique(cases.map((c) => c.request.principal));
const actions = unique(cases.map((c) => c.request.action));
const resources = unique(cases.map((c) => c.request.resource));
const contexts = unique(cases.map((c) => c.request.context));

/** Actions match case-insensitively: some requests spell theirs in another case. */
const recase = (action: string, round: number) =>
  round % 3 === 0 ? action.toUpperCase() : round % 3 === 1 ? action.toLowerCase() : action;

function random(seed: number) {
  let s = seed;
  return <T>(xs: readonly T[]): T => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return xs[s % xs.length] as T;
  };
}

describe('explain agrees with evaluate', () => {
  it('on recombined requests against every corpus policy set', () => {
    const pick = random(7);
    const compiled = cases.map((c) => compilePolicySet(policySetOf(c)));
    let compared = 0;
    const decisions = new Set<string>();
    for (let round = 0; round < 24; round++) {
      for (const set of compiled) {
        const request: EvaluationRequest = {
          principal: pick(principals),
          action: recase(pick(actions), round),
          resource: pick(resources),
        };
        const context = pick(contexts);
        if (context !== undefined) request.context = context;
        const fast = evaluate(set, request);
        expect(explain(set, request).decision, JSON.stringify(request)).toBe(fast);
        decisions.add(fast);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect([...decisions].sort()).toEqual(['Allow', 'ExplicitDeny', 'ImplicitDeny']);
  });
});

describe('evaluate is robust', () => {
  const set = compilePolicySet(policySetOf(cases[0] as (typeof cases)[number]));
  const odd: EvaluationRequest[] = [
    { principal: '', action: '', resource: '' },
    { principal: 'arn:', action: ':', resource: 'arn:' },
    { principal: 'arn:aws:iam::', action: 's3:', resource: 'arn:aws:s3:::' },
    { principal: 'not an arn', action: 'no-colon', resource: '::::::' },
    {
      principal: 'arn:aws:sts::1:assumed-role',
      action: 'S3:GETOBJECT',
      resource: '*',
      context: { 'aws:SourceIp': ['1.2.3.4'], 'aws:CurrentTime': 12, 'aws:SecureTransport': true },
    },
  ];
  it('never throws on malformed requests', () => {
    for (const request of odd) {
      expect(() => evaluate(set, request)).not.toThrow();
      expect(explain(set, request).decision).toBe(evaluate(set, request));
    }
  });
});

describe('compilePolicySet is robust', () => {
  it('accepts statements missing elements or holding bad values, which then match nothing', () => {
    const set = compilePolicySet({
      identity: [
        {
          id: 'odd',
          document: {
            version: '2012-10-17',
            statements: [
              { index: 0, effect: 'Allow', conditions: [] },
              { index: 1, effect: 'Allow', action: ['*'], conditions: [] },
              { index: 2, effect: 'Allow', action: [], resource: [], conditions: [] },
              {
                index: 3,
                effect: 'Allow',
                action: ['*'],
                resource: ['*'],
                conditions: [
                  { operator: 'NumericLessThan', key: 'k', values: ['x'] },
                  { operator: 'Nope', key: 'k', values: [] },
                  { operator: 'IpAddress', key: 'k', values: ['1.2.3.4/99'] },
                ],
              },
            ],
          },
        },
      ],
      resource: [
        {
          id: 'odd-resource',
          document: {
            statements: [
              { index: 0, effect: 'Allow', principal: { kind: 'map' }, action: ['*'], conditions: [] },
            ],
          },
        },
      ],
    });
    const request = {
      principal: 'arn:aws:iam::111122223333:user/bob',
      action: 's3:GetObject',
      resource: '*',
      context: { k: '1' },
    };
    expect(evaluate(set, request)).toBe('ImplicitDeny');
    expect(explain(set, request).decision).toBe('ImplicitDeny');
  });
});
