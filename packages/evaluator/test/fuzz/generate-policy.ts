// Generates valid policies of every kind with their expected parse, written with random
// formatting: white space of every JSON kind, shuffled keys, single values or arrays, and
// escaped characters. Every generated policy must check without errors.
import type { PolicyKind } from '../../src/types.js';
import type { Random } from './random.js';

const ACTIONS = [
  's3:GetObject',
  's3:Put*',
  'ec2:Describe*',
  'iam:ListUsers',
  'dynamodb:Query',
  'kms:Decrypt',
  'logs:PutLogEvents',
  'lambda:InvokeFunction',
  'sqs:SendMessage',
  'sns:Publish',
];
const RESOURCES = [
  '*',
  'arn:aws:s3:::bucket/*',
  'arn:aws:s3:::bucket/home/${aws:username}/*',
  'arn:aws:iam::111122223333:user/team/*',
  'arn:aws:dynamodb:eu-west-1:111122223333:table/Books',
  'arn:aws:kms:*:111122223333:key/*',
  'arn:aws-cn:ec2:cn-north-1:111122223333:instance/i-0abc',
];
const PRINCIPALS = {
  AWS: ['111122223333', 'arn:aws:iam::444455556666:root', 'arn:aws:iam::111122223333:role/app'],
  Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'],
  Federated: ['accounts.google.com', 'arn:aws:iam::111122223333:saml-provider/okta'],
};
const CONDITIONS: [string, string, string[]][] = [
  ['StringEquals', 'aws:PrincipalTag/team', ['ops', 'dev']],
  ['StringLike', 's3:prefix', ['home/', 'home/${aws:username}/*', '']],
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['env', 'team']],
  ['NumericLessThan', 'aws:MultiFactorAuthAge', ['3600', '60']],
  ['DateGreaterThan', 'aws:CurrentTime', ['2026-01-01T00:00:00Z', '2025-06-30']],
  ['Bool', 'aws:SecureTransport', ['true', 'false']],
  ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24', '2001:db8::/32']],
  ['ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/admin-*']],
  ['Null', 'aws:TokenIssueTime', ['true']],
  ['StringNotEqualsIgnoreCaseIfExists', 'aws:RequestedRegion', ['eu-west-1']],
];

export interface GeneratedPolicy {
  kind: PolicyKind;
  text: string;
  /** What parsePolicy must produce (statements without ranges). */
  expected: { version: string; statements: object[] };
}

type JsonValue = string | number | boolean | JsonValue[] | { [key: string]: JsonValue };

function statement(
  random: Random,
  kind: PolicyKind,
  index: number,
): { json: Record<string, JsonValue>; ast: Record<string, unknown> } {
  const json: Record<string, JsonValue> = {};
  const ast: Record<string, unknown> = { index, conditions: [] };
  const effect = kind === 'trust' || random.chance(0.7) ? 'Allow' : 'Deny';
  json.Effect = effect;
  ast.effect = effect;
  if (random.chance(0.5)) {
    json.Sid = `S${index}x${random.int(0, 9999)}`;
    ast.sid = json.Sid;
  }
  const list = (values: string[]): JsonValue =>
    values.length === 1 && random.chance(0.5) ? (values[0] as string) : values;
  const actionKey = kind !== 'trust' && random.chance(0.2) ? 'NotAction' : 'Action';
  const actions = kind === 'trust' ? ['sts:AssumeRole'] : random.some(ACTIONS, 3);
  json[actionKey] = list(actions);
  ast[actionKey === 'Action' ? 'action' : 'notAction'] = actions;
  if (kind !== 'trust') {
    const resourceKey = random.chance(0.15) ? 'NotResource' : 'Resource';
    const resources = random.some(RESOURCES, 3);
    json[resourceKey] = list(resources);
    ast[resourceKey === 'Resource' ? 'resource' : 'notResource'] = resources;
  }
  if (kind === 'resource' || kind === 'trust') {
    if (random.chance(0.15)) {
      json.Principal = '*';
      ast.principal = { kind: 'any' };
    } else {
      const types = random.some(Object.keys(PRINCIPALS) as (keyof typeof PRINCIPALS)[], 2);
      const block: Record<string, JsonValue> = {};
      const astBlock: Record<string, unknown> = { kind: 'map' };
      for (const type of types) {
        const values = random.some(PRINCIPALS[type], 2);
        block[type] = list(values);
        astBlock[type] = values;
      }
      json.Principal = block;
      ast.principal = astBlock;
    }
  }
  if (random.chance(0.5)) {
    const chosen = random.some(CONDITIONS, 3);
    const block: Record<string, Record<string, JsonValue>> = {};
    for (const [operator, key, values] of chosen) {
      const picked = random.some(values, 2);
      const asNumber = operator.startsWith('Numeric') && picked.length === 1 && random.chance(0.5);
      const asBool = operator === 'Bool' && picked.length === 1 && random.chance(0.5);
      const written: JsonValue = asNumber ? Number(picked[0]) : asBool ? picked[0] === 'true' : list(picked);
      (block[operator] ??= {})[key] = written;
    }
    json.Condition = block;
    ast.conditions = Object.entries(block).flatMap(([operator, keys]) =>
      Object.entries(keys).map(([key, v]) => ({
        operator,
        key,
        values: (Array.isArray(v) ? v : [v]).map(String),
      })),
    );
  }
  return { json, ast };
}

/** Serialises with random white space, key order and character escapes. */
export function writeJson(random: Random, value: JsonValue): string {
  const space = () => random.pick(['', '', ' ', '  ', '\n', '\r\n', '\t', '\n    ', ' \r']);
  const string = (s: string) => {
    let out = '"';
    for (const c of s) {
      if (c === '"' || c === '\\') out += `\\${c}`;
      else if (c === '/' && random.chance(0.2)) out += '\\/';
      else if (random.chance(0.03)) out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      else out += c;
    }
    return `${out}"`;
  };
  const write = (v: JsonValue): string => {
    if (typeof v === 'string') return string(v);
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (Array.isArray(v))
      return `[${space()}${v.map((x) => write(x)).join(`${space()},${space()}`)}${space()}]`;
    const keys = random.shuffle(Object.keys(v));
    const members = keys.map((k) => `${string(k)}${space()}:${space()}${write(v[k] as JsonValue)}`);
    return `{${space()}${members.join(`${space()},${space()}`)}${space()}}`;
  };
  return `${space()}${write(value)}${space()}`;
}

export function generatePolicy(random: Random): GeneratedPolicy {
  const kind = random.pick<PolicyKind>(['identity', 'resource', 'trust', 'boundary', 'scp']);
  const count = random.int(1, 5);
  const statements = Array.from({ length: count }, (_, i) => statement(random, kind, i));
  const single = count === 1 && random.chance(0.3);
  const document: Record<string, JsonValue> = {
    Version: '2012-10-17',
    Statement: single ? (statements[0]?.json as JsonValue) : statements.map((s) => s.json),
  };
  if (random.chance(0.2)) document.Id = `policy-${random.int(1, 1000)}`;
  return {
    kind,
    text: writeJson(random, document),
    expected: { version: '2012-10-17', statements: statements.map((s) => s.ast) },
  };
}
