// The accounts, principals, actions and resources the generator draws from. Every action here
// exists in the oracle's service catalog, and each resource ARN is of the type the action takes,
// so the oracle's input validation accepts every generated request.
import type { Random } from './random.js';

export const HOME = '111122223333';
export const OTHER = '444455556666';
export const ACCOUNTS = [HOME, OTHER] as const;

export type PrincipalKind = 'user' | 'assumed-role' | 'service';

export interface PrincipalSpec {
  kind: PrincipalKind;
  /** The request principal: an ARN, or a service principal name. */
  arn: string;
  account?: string;
  /** User name, or role name for an assumed-role session. */
  name?: string;
  /** For sessions: the role's ARN. */
  roleArn?: string;
  session?: string;
  userid?: string;
}

export function user(account: string, path: string, name: string, id: string): PrincipalSpec {
  return { kind: 'user', arn: `arn:aws:iam::${account}:user${path}${name}`, account, name, userid: id };
}

export function session(account: string, role: string, sessionName: string, id: string): PrincipalSpec {
  return {
    kind: 'assumed-role',
    arn: `arn:aws:sts::${account}:assumed-role/${role}/${sessionName}`,
    account,
    name: role,
    roleArn: `arn:aws:iam::${account}:role/${role}`,
    session: sessionName,
    userid: `${id}:${sessionName}`,
  };
}

export const SERVICE_PRINCIPALS = ['lambda.amazonaws.com', 'events.amazonaws.com'] as const;

export function pickPrincipal(r: Random): PrincipalSpec {
  return r.weighted<() => PrincipalSpec>([
    [30, () => user(HOME, '/', 'alice', 'AIDAALICEEXAMPLE00001')],
    [15, () => user(HOME, '/dev/', 'bob', 'AIDABOBEXAMPLE0000002')],
    [25, () => session(HOME, 'Deployer', 'ci-run', 'AROADEPLOYEREXAMPLE01')],
    [15, () => user(OTHER, '/', 'carol', 'AIDACAROLEXAMPLE00003')],
    [7, () => session(OTHER, 'Auditor', 'audit-7', 'AROAAUDITOREXAMPLE002')],
    [8, () => ({ kind: 'service' as const, arn: r.pick(SERVICE_PRINCIPALS) })],
  ])();
}

/** Another principal of the same shape, for near-miss Principal elements. */
export const OTHER_PRINCIPAL_ARNS = [
  `arn:aws:iam::${HOME}:user/mallory`,
  `arn:aws:iam::${OTHER}:user/alice`,
  `arn:aws:iam::${HOME}:role/Other`,
  `arn:aws:sts::${HOME}:assumed-role/Deployer/other-session`,
];

export interface ActionSpec {
  action: string;
  /** Other actions of the same service, for near-miss Action patterns. */
  siblings: string[];
  /** Builds a resource ARN in `account`; `'*'` for actions that take no resource. */
  resource(r: Random, account: string, principal: PrincipalSpec): string;
  /** Names of action-specific context keys (see context-keys.ts). */
  keys: string[];
  /** The action takes no resource (the request resource is `*`). */
  noResource?: boolean;
  /** The resource is a role and its resource-based policy a trust policy (no Resource element). */
  trust?: boolean;
  /** Every such resource has a resource-based policy (KMS keys have key policies). */
  alwaysResourcePolicy?: boolean;
}

const REGIONS = ['us-east-1', 'eu-west-1'];

function userArn(r: Random, account: string, principal: PrincipalSpec): string {
  const own = principal.kind === 'user' && principal.account === account && r.chance(0.4);
  if (own) return principal.arn;
  const [path, name] = r.pick([
    ['/', 'alice'],
    ['/dev/', 'bob'],
    ['/', 'Carol'],
    ['/ops/team/', 'svc-build'],
    ['/', 'alice2'],
  ] as const);
  return `arn:aws:iam::${account}:user${path}${name}`;
}

const IAM_SIBLINGS = ['iam:GetUser', 'iam:CreateUser', 'iam:DeleteUser', 'iam:ListUsers', 'iam:PassRole'];

export const ACTIONS: ActionSpec[] = [
  { action: 'iam:CreateUser', siblings: IAM_SIBLINGS, resource: userArn, keys: ['requestTags'] },
  { action: 'iam:GetUser', siblings: IAM_SIBLINGS, resource: userArn, keys: [] },
  { action: 'iam:DeleteUser', siblings: IAM_SIBLINGS, resource: userArn, keys: [] },
  { action: 'iam:TagUser', siblings: IAM_SIBLINGS, resource: userArn, keys: ['requestTags'] },
  {
    action: 'iam:AttachUserPolicy',
    siblings: IAM_SIBLINGS,
    resource: userArn,
    keys: ['iam:PolicyARN', 'iam:PermissionsBoundary'],
  },
  {
    action: 'iam:PassRole',
    siblings: IAM_SIBLINGS,
    resource: (r, account) =>
      `arn:aws:iam::${account}:role/${r.pick(['Deployer', 'app/Reader', 'deployer'])}`,
    keys: ['iam:PassedToService'],
  },
  { action: 'iam:ListUsers', siblings: IAM_SIBLINGS, resource: () => '*', keys: [], noResource: true },
  {
    action: 'sqs:SendMessage',
    siblings: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ListQueues'],
    resource: (r, account) =>
      `arn:aws:sqs:${r.pick(REGIONS)}:${account}:${r.pick(['orders', 'orders-dlq', 'Jobs'])}`,
    keys: [],
  },
  {
    action: 'sqs:ReceiveMessage',
    siblings: ['sqs:SendMessage', 'sqs:DeleteMessage'],
    resource: (r, account) => `arn:aws:sqs:${r.pick(REGIONS)}:${account}:${r.pick(['orders', 'jobs'])}`,
    keys: [],
  },
  {
    action: 'sns:Publish',
    siblings: ['sns:Subscribe', 'sns:CreateTopic'],
    resource: (r, account) =>
      `arn:aws:sns:${r.pick(REGIONS)}:${account}:${r.pick(['alerts', 'alerts.fifo'])}`,
    keys: [],
  },
  {
    action: 'dynamodb:GetItem',
    siblings: ['dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:DeleteItem'],
    resource: (r, account) =>
      `arn:aws:dynamodb:${r.pick(REGIONS)}:${account}:table/${r.pick(['Orders', 'orders', 'Users'])}`,
    keys: ['dynamodb:LeadingKeys'],
  },
  {
    action: 'lambda:InvokeFunction',
    siblings: ['lambda:GetFunction', 'lambda:InvokeAsync'],
    resource: (r, account) =>
      `arn:aws:lambda:${r.pick(REGIONS)}:${account}:function:${r.pick(['build', 'Build-2'])}`,
    keys: [],
  },
  {
    action: 's3:GetObject',
    siblings: ['s3:PutObject', 's3:GetObjectAcl', 's3:ListBucket'],
    resource: (r, _account, principal) => {
      const bucket = r.pick(['reports', 'Reports-2024']);
      const key = r.pick([
        `${principal.name ?? 'alice'}/2024/q1.csv`,
        'public/index.html',
        'alice/notes.txt',
        'a?b/c.txt',
      ]);
      return `arn:aws:s3:::${bucket}/${key}`;
    },
    keys: [],
  },
  {
    action: 'sts:AssumeRole',
    siblings: ['sts:TagSession', 'sts:AssumeRoleWithSAML', 'sts:GetCallerIdentity'],
    resource: (r, account) => `arn:aws:iam::${account}:role/${r.pick(['Deployer', 'Auditor', 'app/Reader'])}`,
    keys: ['sts:ExternalId', 'sts:RoleSessionName'],
    trust: true,
  },
  {
    action: 'kms:Decrypt',
    siblings: ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
    resource: (r, account) =>
      `arn:aws:kms:us-east-1:${account}:key/${r.pick(['1234abcd-12ab-34cd-56ef-1234567890ab', '0987dcba-09fe-87dc-65ba-ab0987654321'])}`,
    keys: ['kms:CallerAccount'],
    alwaysResourcePolicy: true,
  },
  {
    action: 'ec2:DescribeInstances',
    siblings: ['ec2:DescribeImages', 'ec2:RunInstances'],
    resource: () => '*',
    keys: [],
    noResource: true,
  },
];

/** Actions in other services, for Action patterns that must not match. */
export const FOREIGN_ACTIONS = ['kms:Decrypt', 'ssm:GetParameter', 'logs:PutLogEvents'];
