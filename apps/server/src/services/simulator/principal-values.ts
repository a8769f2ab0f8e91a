// The principal's own condition values in a simulation, as enforcement fills them
// (authz/request-context.ts): aws:username, aws:userid, aws:PrincipalArn, aws:PrincipalAccount,
// aws:PrincipalType, aws:PrincipalTag/*, and whatever that function learns to fill. A
// statement with `${aws:username}` then applies in a simulation as it does when the user calls.
// What the request itself brings (time, source address, transport, MFA) is not the
// principal's: the simulator leaves it to the caller's context entries, as AWS's does.
import type { ContextValue } from '@gatehouse/evaluator';
import type { RoleSessionPrincipal, UserPrincipal } from '../../auth/principal.js';
import { buildRequestContext } from '../../authz/request-context.js';
import type { RequestInfo } from '../service-context.js';

/** Keys buildRequestContext takes from the request and its credentials, not from the principal. */
const REQUEST_FACTS = new Set(
  [
    'aws:CurrentTime',
    'aws:EpochTime',
    'aws:SourceIp',
    'aws:SecureTransport',
    'aws:MultiFactorAuthPresent',
    'aws:MultiFactorAuthAge',
    'aws:TokenIssueTime',
  ].map((k) => k.toLowerCase()),
);

const NO_REQUEST: RequestInfo = { requestId: 'simulation', sourceIp: '', secureTransport: false, origin: '' };

type Values = Record<string, ContextValue>;

function principalOnly(values: Values, drop: readonly string[] = []): Values {
  const dropped = new Set(drop.map((k) => k.toLowerCase()));
  return Object.fromEntries(
    Object.entries(values).filter(
      ([k]) => !REQUEST_FACTS.has(k.toLowerCase()) && !dropped.has(k.toLowerCase()),
    ),
  );
}

function tagMap(tags: readonly { key: string; value: string }[]): Record<string, string> {
  return Object.fromEntries(tags.map((t) => [t.key, t.value]));
}

export interface SimulatedUser {
  id: string;
  name: string;
  path: string;
  arn: string;
  tags: readonly { key: string; value: string }[];
}

/** What enforcement fills for a request by this IAM user. */
export function userValues(accountId: string, user: SimulatedUser): Values {
  const principal: UserPrincipal = {
    type: 'user',
    accountId,
    arn: user.arn,
    userId: user.id,
    userName: user.name,
    path: user.path,
    passwordResetRequired: false,
  };
  return principalOnly(buildRequestContext(principal, NO_REQUEST, new Date(0), tagMap(user.tags)));
}

/**
 * What enforcement fills for a session of this role, less aws:userid (`<role id>:<session
 * name>`), which depends on a session name that a simulation of the role does not have.
 */
export function roleValues(
  accountId: string,
  role: {
    id: string;
    name: string;
    path: string;
    arn: string;
    tags: readonly { key: string; value: string }[];
  },
): Values {
  const session: RoleSessionPrincipal = {
    type: 'role-session',
    accountId,
    arn: role.arn,
    credentialId: '',
    roleId: role.id,
    roleName: role.name,
    rolePath: role.path,
    roleArn: role.arn,
    sessionName: '',
    userId: `${role.id}:`,
    tokenIssuedAt: new Date(0),
    expiresAt: new Date(0),
    sessionTags: {},
    transitiveTagKeys: [],
    sessionPolicyArns: [],
    chained: false,
    issuedTo: '',
  };
  return principalOnly(buildRequestContext(session, NO_REQUEST, new Date(0), tagMap(role.tags)), [
    'aws:userid',
  ]);
}

/**
 * What enforcement fills for any member of a group: a user of the account. Who the member is
 * (name, id, ARN, tags) a group simulation does not know, so those keys stay unset.
 */
export function groupMemberValues(accountId: string, memberArn: string): Values {
  return principalOnly(userValues(accountId, { id: '', name: '', path: '/', arn: memberArn, tags: [] }), [
    'aws:username',
    'aws:userid',
    'aws:PrincipalArn',
  ]);
}

/** The principal's values under the caller's context: a key the caller gave (in any case) is the caller's. */
export function withPrincipalValues(values: Values, context: Values): Values {
  const given = new Set(Object.keys(context).map((k) => k.toLowerCase()));
  const filled = Object.entries(values).filter(([k]) => !given.has(k.toLowerCase()));
  return Object.fromEntries([...filled, ...Object.entries(context)]);
}
