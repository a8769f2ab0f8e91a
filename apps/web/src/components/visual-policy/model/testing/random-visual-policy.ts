// Test support: random visual policies that respect the model's invariants, from a seeded
// generator so a failure can be replayed. The invariants (what the UI maintains):
// - `service` undefined ⇒ no actions; `service` `*` ⇒ actions `['*']`; action names non-empty;
// - within a card, conditions of one operator are adjacent (JSON groups them under it), and no
//   operator repeats a condition key (JSON keeps only the last).
import type { VisualCondition, VisualPolicy, VisualStatement } from '../visual-policy.js';

export type Random = () => number;

/** Mulberry32: small, fast, good enough to pick test data. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function some<T>(random: Random, items: readonly T[], max: number): T[] {
  const count = Math.floor(random() * (max + 1));
  return Array.from({ length: count }, () => pick(random, items));
}

/** Awkward strings on purpose: quotes, backslashes, non-ASCII, variables, integer-like keys. */
const TEXT = [
  'a',
  'Team',
  '10',
  '0',
  '',
  ' spaced ',
  'quo"te',
  'back\\slash',
  'ünï',
  '${aws:username}',
  '*',
  'x?y',
];
const SERVICES = [undefined, '*', 's3', 'ec2', 'iam', 'dynamodb'];
const ACTIONS = ['GetObject', 'Get*', '*', 'describeInstances', 'List?ucket', 'PutObject'];
const RESOURCES = [
  '*',
  'arn:aws:s3:::bucket/*',
  'arn:aws:iam::111122223333:user/${aws:username}',
  '',
  'not an arn',
];
const OPERATORS = [
  'StringEquals',
  'StringLike',
  'ForAnyValue:StringLike',
  'NumericLessThanIfExists',
  'Bool',
  'Null',
  'stringequals',
  'Bogus',
  '',
];
const KEYS = ['aws:SourceIp', 'aws:PrincipalTag/team', 's3:prefix', '10', '', 'aws:TagKeys'];

function randomConditions(random: Random, counter: { n: number }): VisualCondition[] {
  const operators = [...new Set(some(random, OPERATORS, 3))];
  return operators.flatMap((operator) =>
    [...new Set(some(random, KEYS, 3))].map((conditionKey) => ({
      key: `c${counter.n++}`,
      operator,
      conditionKey,
      values: some(random, TEXT, 3),
    })),
  );
}

function randomStatement(random: Random, counter: { n: number }): VisualStatement {
  const service = pick(random, SERVICES);
  const statement: VisualStatement = {
    key: `s${counter.n++}`,
    effect: pick(random, ['Allow', 'Deny'] as const),
    actionElement: pick(random, ['Action', 'NotAction'] as const),
    actions: service === undefined ? [] : service === '*' ? ['*'] : some(random, ACTIONS, 3),
    resourceElement: pick(random, ['Resource', 'NotResource'] as const),
    resources: some(random, RESOURCES, 3),
    conditions: randomConditions(random, counter),
  };
  if (service !== undefined) statement.service = service;
  if (random() < 0.4) statement.sid = pick(random, ['S1', 'ReadOnly', '', 'x"y']);
  return statement;
}

export function randomVisualPolicy(random: Random): VisualPolicy {
  const counter = { n: 0 };
  const policy: VisualPolicy = {
    version: pick(random, ['2012-10-17', '2008-10-17'] as const),
    statements: Array.from({ length: Math.floor(random() * 4) }, () => randomStatement(random, counter)),
  };
  if (random() < 0.3) policy.id = pick(random, TEXT);
  return policy;
}
