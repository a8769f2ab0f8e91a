// Request context keys: which ones a request carries and the values they take. Types follow the
// AWS global condition key reference (and the service authorization reference for service keys).
import type { Random } from './random.js';
import type { ActionSpec, PrincipalSpec } from './vocabulary.js';

export type KeyType = 'String' | 'Numeric' | 'Date' | 'Bool' | 'IpAddress' | 'Arn' | 'Binary';

export interface KeySpec {
  name: string;
  type: KeyType;
  /** Multivalued (ArrayOf...) key: only used with ForAllValues/ForAnyValue. */
  multi: boolean;
  value(r: Random): string | string[];
}

export type RequestContext = Record<string, string | string[]>;

export const IPV4 = ['203.0.113.10', '198.51.100.7', '10.1.2.3', '192.0.2.255'];
export const IPV6 = ['2001:db8::1', '2001:db8:85a3::8a2e:370:7334', 'fe80::1', '2001:db8:ffff:1::5'];

/** Seconds since the epoch of a random instant in 2023–2025, at a whole second. */
export function randomEpoch(r: Random): number {
  return 1672531200 + r.int(0, 3 * 365 * 86400);
}

export function isoOf(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

const TAG_KEYS = ['env', 'owner', 'cost-center'];
const CALLED_VIA = ['cloudformation.amazonaws.com', 'athena.amazonaws.com', 'dynamodb.amazonaws.com'];

/** Optional keys that any request may carry. */
export const OPTIONAL_KEYS: KeySpec[] = [
  {
    name: 'aws:SourceIp',
    type: 'IpAddress',
    multi: false,
    value: (r) => (r.chance(0.7) ? r.pick(IPV4) : r.pick(IPV6)),
  },
  { name: 'aws:CurrentTime', type: 'Date', multi: false, value: (r) => isoOf(randomEpoch(r)) },
  { name: 'aws:EpochTime', type: 'Date', multi: false, value: (r) => String(randomEpoch(r)) },
  { name: 'aws:SecureTransport', type: 'Bool', multi: false, value: (r) => r.pick(['true', 'false']) },
  { name: 'aws:MultiFactorAuthPresent', type: 'Bool', multi: false, value: (r) => r.pick(['true', 'false']) },
  { name: 'aws:MultiFactorAuthAge', type: 'Numeric', multi: false, value: (r) => String(r.int(0, 7200)) },
  {
    name: 'aws:PrincipalTag/team',
    type: 'String',
    multi: false,
    value: (r) => r.pick(['platform', 'data', 'Platform', 'sec-ops']),
  },
  {
    name: 'aws:PrincipalTag/project',
    type: 'String',
    multi: false,
    value: (r) => r.pick(['alpha', 'beta', 'alpha-2']),
  },
  {
    name: 'aws:PrincipalTag/blob',
    type: 'Binary',
    multi: false,
    value: (r) => r.pick(['QUJD', 'aGVsbG8=', 'AAECAw==']),
  },
  {
    name: 'aws:RequestedRegion',
    type: 'String',
    multi: false,
    value: (r) => r.pick(['us-east-1', 'eu-west-1', 'ap-south-1']),
  },
  {
    name: 'aws:SourceArn',
    type: 'Arn',
    multi: false,
    value: (r) =>
      r.pick([
        'arn:aws:sns:us-east-1:111122223333:alerts',
        'arn:aws:s3:::reports',
        'arn:aws:lambda:eu-west-1:444455556666:function:build',
      ]),
  },
  { name: 'aws:CalledVia', type: 'String', multi: true, value: (r) => r.sample(CALLED_VIA, 0, 2) },
];

/** Action-specific keys, by the names ActionSpec.keys uses. */
const ACTION_KEYS: Record<string, KeySpec[]> = {
  'iam:PolicyARN': [
    {
      name: 'iam:PolicyARN',
      type: 'Arn',
      multi: false,
      value: (r) =>
        r.pick(['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::111122223333:policy/team/Deploy']),
    },
  ],
  'iam:PermissionsBoundary': [
    {
      name: 'iam:PermissionsBoundary',
      type: 'Arn',
      multi: false,
      value: (r) =>
        r.pick(['arn:aws:iam::111122223333:policy/Boundary', 'arn:aws:iam::111122223333:policy/Other']),
    },
  ],
  'iam:PassedToService': [
    {
      name: 'iam:PassedToService',
      type: 'String',
      multi: false,
      value: (r) => r.pick(['ec2.amazonaws.com', 'lambda.amazonaws.com']),
    },
  ],
  'kms:CallerAccount': [
    {
      name: 'kms:CallerAccount',
      type: 'String',
      multi: false,
      value: (r) => r.pick(['111122223333', '444455556666']),
    },
  ],
  'sts:ExternalId': [
    {
      name: 'sts:ExternalId',
      type: 'String',
      multi: false,
      value: (r) => r.pick(['ext-1234', 'Ext-1234', 'partner']),
    },
  ],
  'sts:RoleSessionName': [
    {
      name: 'sts:RoleSessionName',
      type: 'String',
      multi: false,
      value: (r) => r.pick(['ci-run', 'alice', 'audit-7']),
    },
  ],
  'dynamodb:LeadingKeys': [
    {
      name: 'dynamodb:LeadingKeys',
      type: 'String',
      multi: true,
      value: (r) => r.sample(['alice', 'bob', 'AIDAALICEEXAMPLE00001'], 0, 2),
    },
  ],
};

export function principalKeys(principal: PrincipalSpec): KeySpec[] {
  if (principal.kind === 'service') return [];
  const fixed = (name: string, type: KeyType, v: string): KeySpec => ({
    name,
    type,
    multi: false,
    value: () => v,
  });
  const keys = [
    fixed('aws:PrincipalArn', 'Arn', principal.kind === 'assumed-role' ? principal.roleArn! : principal.arn),
    fixed('aws:PrincipalAccount', 'String', principal.account!),
    fixed('aws:PrincipalType', 'String', principal.kind === 'user' ? 'User' : 'AssumedRole'),
    fixed('aws:userid', 'String', principal.userid!),
  ];
  if (principal.kind === 'user') keys.push(fixed('aws:username', 'String', principal.name!));
  return keys;
}

/** Every key a condition may name for this request (present in the request or not). */
export function conditionKeys(action: ActionSpec, principal: PrincipalSpec): KeySpec[] {
  const keys = [...principalKeys(principal), ...OPTIONAL_KEYS];
  for (const name of action.keys) {
    if (name === 'requestTags') keys.push(...requestTagKeys());
    else keys.push(...(ACTION_KEYS[name] ?? []));
  }
  if (principal.kind !== 'user')
    keys.push({ name: 'aws:username', type: 'String', multi: false, value: () => 'alice' });
  return keys;
}

function requestTagKeys(): KeySpec[] {
  return [
    {
      name: 'aws:RequestTag/env',
      type: 'String',
      multi: false,
      value: (r) => r.pick(['prod', 'dev', 'Prod']),
    },
    { name: 'aws:RequestTag/owner', type: 'String', multi: false, value: (r) => r.pick(['alice', 'bob']) },
    { name: 'aws:TagKeys', type: 'String', multi: true, value: (r) => r.sample(TAG_KEYS, 0, 3) },
  ];
}

/**
 * Builds the request context: principal keys always (Gatehouse's server always fills them),
 * other keys with some probability, so conditions meet both present and missing keys.
 */
export function buildContext(r: Random, action: ActionSpec, principal: PrincipalSpec): RequestContext {
  const context: RequestContext = {};
  for (const key of principalKeys(principal)) context[key.name] = key.value(r);
  const optional = conditionKeys(action, principal).filter(
    (k) => !(k.name in context) && !(k.name === 'aws:username' && principal.kind !== 'user'),
  );
  for (const key of optional) if (r.chance(0.55)) context[key.name] = key.value(r);
  return Object.fromEntries(Object.entries(context).map(([name, value]) => [keyCaseVariant(r, name), value]));
}

/** Context key names are case-insensitive: sometimes send `AWS:SOURCEIP` for `aws:SourceIp`. */
function keyCaseVariant(r: Random, name: string): string {
  if (!r.chance(0.08)) return name;
  const slash = name.indexOf('/');
  const head = slash === -1 ? name : name.slice(0, slash);
  return (r.chance(0.5) ? head.toUpperCase() : head.toLowerCase()) + (slash === -1 ? '' : name.slice(slash));
}
