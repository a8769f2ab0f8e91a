// Property: every policy the validator accepts evaluates without an "invalid clause" path —
// no operator the evaluator does not know, no qualifier it refuses, no value it cannot read.
// The validator and the evaluator read operators and values from one definition per operator
// (src/condition/); this test generates condition blocks from a seed (operator names right,
// miscased, misspelt or qualified wrongly; bodies empty, malformed or full of values of every
// family, with and without policy variables) and checks the two agree.
//
//   PROPERTY_SEED=<n>   another seed (the default is fixed)     PROPERTY_RUNS=<n>   more policies
import { describe, expect, it } from 'vitest';
import { compilePolicySet } from '../../src/compile/compile-policy-set.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { explain } from '../../src/explain/explain.js';
import { checkPolicyText } from '../../src/validate/check-policy-text.js';
import type { ContextValue, EvaluationRequest } from '../../src/types.js';
import { Random } from '../fuzz/random.js';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261213);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1500);

const BASES = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Null',
];
const PREFIXES = [
  '',
  '',
  '',
  'ForAllValues:',
  'ForAnyValue:',
  'forallvalues:',
  'ForSomeValues:',
  'ForAnyValues:',
];
const SUFFIXES = ['', '', 'IfExists', 'ifexists', 'IfExist'];
const UNKNOWN = ['Foo', 'StringEqual', 'NumericLessThen', 'IfExists', '', ' StringEquals', 'Arn', 'DateIs'];
const KEYS = [
  'aws:username',
  'aws:SourceIp',
  'aws:CurrentTime',
  'aws:TagKeys',
  's3:max-keys',
  'aws:PrincipalArn',
];
type Value = string | number | boolean;
/** Values by family, each pool mixing values the family reads with ones it cannot. */
const POOLS: Record<string, Value[]> = {
  String: ['bob', 'b*', '', '${aws:username}', "${aws:PrincipalTag/team, 'ops'}", 10, true],
  Numeric: ['10', '-3.5', '.5', 10, 2.5, '1e3', '0x10', '${aws:username}'],
  Date: [
    '2026-01-01T00:00:00Z',
    '2026',
    '2026-03',
    '1767225600',
    1767225600,
    '2026-02-30',
    'yesterday',
    '${aws:CurrentTime}',
  ],
  Bool: ['true', 'FALSE', true, false, '${aws:SecureTransport}', 'yes'],
  Binary: ['QmluYXJ5VmFsdWU=', 'aGk=', '', 'aGk', 'not base64!', '${aws:username}'],
  Ip: ['203.0.113.0/24', '2001:db8::/32', '10.1.2.3', '::1', '10.0.0.0/33', '1.2.3', '${aws:SourceIp}'],
  NotIp: ['203.0.113.0/24', '10.1.2.3'],
  Arn: [
    'arn:aws:iam::111122223333:user/*',
    'arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}',
    '*',
    'x',
  ],
  Null: ['true', 'false', true, 'maybe', '${aws:username}'],
};
const ALL_VALUES = Object.values(POOLS).flat();

function poolOf(operator: string): Value[] {
  const base = operator.slice(operator.indexOf(':') + 1).toLowerCase();
  const family = Object.keys(POOLS).find((f) => base.startsWith(f.toLowerCase()));
  return family === undefined ? ALL_VALUES : (POOLS[family] as Value[]);
}

function misspell(random: Random, text: string): string {
  if (text.length < 2) return text + 'x';
  const at = random.int(0, text.length - 2);
  return text.slice(0, at) + (text[at + 1] as string) + (text[at] as string) + text.slice(at + 2);
}

function recase(random: Random, text: string): string {
  return random.chance(0.7) ? text : random.pick([text.toLowerCase(), text.toUpperCase()]);
}

function operatorName(random: Random): string {
  if (random.chance(0.05)) return random.pick(UNKNOWN);
  const base = random.chance(0.05) ? misspell(random, random.pick(BASES)) : random.pick(BASES);
  return `${random.pick(PREFIXES)}${recase(random, base)}${random.pick(SUFFIXES)}`;
}

function body(random: Random, operator: string): unknown {
  if (random.chance(0.1)) return {};
  if (random.chance(0.03)) return random.pick(['x', 3, [], null]);
  const block: Record<string, unknown> = {};
  for (const key of random.some(KEYS, 2)) {
    const values = random.some(random.chance(0.9) ? poolOf(operator) : ALL_VALUES, 2);
    block[key] = values.length === 1 && random.chance(0.5) ? values[0] : values;
  }
  return block;
}

function policyText(random: Random): string {
  const condition: Record<string, unknown> = {};
  for (let i = random.int(1, 2); i > 0; i--) {
    const operator = operatorName(random);
    condition[operator] = body(random, operator);
  }
  const version = random.pick(['2012-10-17', '2012-10-17', '2012-10-17', '2008-10-17', undefined]);
  const statement = {
    Effect: random.pick(['Allow', 'Deny']),
    Action: 's3:GetObject',
    Resource: '*',
    Condition: condition,
  };
  return JSON.stringify(version ? { Version: version, Statement: [statement] } : { Statement: [statement] });
}

const CONTEXTS: Record<string, ContextValue>[] = [
  {},
  { 'aws:username': 'bob', 'aws:SourceIp': '203.0.113.9', 'aws:CurrentTime': '2026-06-01T00:00:00Z' },
  { 'aws:TagKeys': ['env', 'team'], 's3:max-keys': 5, 'aws:SecureTransport': true },
  {
    'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/bob',
    'aws:username': 'x',
    'aws:SourceIp': '2001:db8::1',
  },
];

describe('validator and evaluator read condition operators alike', () => {
  it(`every policy the validator accepts compiles every clause (seed ${SEED}, ${RUNS} policies)`, () => {
    const random = new Random(SEED);
    let accepted = 0;
    let refused = 0;
    for (let run = 0; run < RUNS; run++) {
      const text = policyText(random);
      const checked = checkPolicyText(text, 'identity');
      if (!checked.ok || !checked.document) {
        refused++;
        continue;
      }
      accepted++;
      const compiled = compilePolicySet({ identity: [{ id: 'p', document: checked.document }] });
      for (const statement of compiled.identity.policies[0]!.statements) {
        const broken = statement.conditions.filter((c) => c.error !== undefined);
        expect(
          broken.map((c) => `${c.clause.operator}: ${c.error}`),
          `seed ${SEED} run ${run}: ${text}`,
        ).toEqual([]);
      }
      for (const context of CONTEXTS) {
        const request: EvaluationRequest = {
          principal: 'arn:aws:iam::111122223333:user/bob',
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::b/k',
          resourceAccount: '111122223333',
          context,
        };
        const explanation = explain(compiled, request);
        expect(explanation.decision, text).toBe(evaluate(compiled, request));
        const reasons = explanation.policies.flatMap((p) => p.statements.flatMap((s) => s.conditions));
        expect(
          reasons.filter((c) => c.reason.endsWith('never matches')).map((c) => c.reason),
          text,
        ).toEqual([]);
      }
    }
    // The generator must exercise both sides of the property.
    expect(accepted).toBeGreaterThan(RUNS / 5);
    expect(refused).toBeGreaterThan(RUNS / 5);
  });
});
