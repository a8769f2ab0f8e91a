import type { ContextValue } from '@gatehouse/evaluator';
import type { Principal } from '../auth/principal.js';
import type { RequestInfo } from '../services/service-context.js';

/** Extra keys a service passes for one operation: `aws:RequestTag/*`, `aws:TagKeys`, `aws:ResourceTag/*`, `iam:PolicyARN`, `iam:PermissionsBoundary`, `iam:PassedToService`. */
export type ExtraContext = Readonly<Record<string, ContextValue>>;

/** The last second written by isoSeconds: requests in the same second share its string. */
let lastSecond = Number.NaN;
let lastIso = '';

/** `2026-12-07T09:30:00Z`: ISO 8601 to the second, as AWS writes aws:CurrentTime. */
function isoSeconds(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  if (second !== lastSecond) {
    lastIso = `${date.toISOString().slice(0, 19)}Z`;
    lastSecond = second;
  }
  return lastIso;
}

/** The global condition keys AWS fills for a request by this principal, plus the service's extras. */
export function buildRequestContext(
  principal: Principal,
  request: RequestInfo,
  now: Date,
  principalTags: Record<string, string>,
  extra: ExtraContext = {},
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {
    'aws:PrincipalArn': principal.arn,
    'aws:PrincipalAccount': principal.accountId,
    'aws:CurrentTime': isoSeconds(now),
    'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
    'aws:SourceIp': request.sourceIp,
    'aws:SecureTransport': request.secureTransport,
    'aws:MultiFactorAuthPresent': principal.mfaAuthenticatedAt !== undefined,
  };
  if (principal.mfaAuthenticatedAt) {
    const age = Math.max(0, Math.floor((now.getTime() - principal.mfaAuthenticatedAt.getTime()) / 1000));
    context['aws:MultiFactorAuthAge'] = age;
  }
  if (principal.tokenIssuedAt) context['aws:TokenIssueTime'] = isoSeconds(principal.tokenIssuedAt);
  if (principal.type === 'root') {
    context['aws:PrincipalType'] = 'Account';
    context['aws:userid'] = principal.accountId;
  } else if (principal.type === 'user') {
    context['aws:PrincipalType'] = 'User';
    context['aws:userid'] = principal.userId;
    context['aws:username'] = principal.userName;
  } else {
    // A role session: aws:PrincipalArn is the role's ARN, not the session's (AWS's rule).
    context['aws:PrincipalType'] = 'AssumedRole';
    context['aws:PrincipalArn'] = principal.roleArn;
    context['aws:userid'] = principal.userId;
    if (principal.sourceIdentity) context['aws:SourceIdentity'] = principal.sourceIdentity;
  }
  for (const key in principalTags) context[`aws:PrincipalTag/${key}`] = principalTags[key]!;
  // The service's keys win over the global ones, as they did when this was a spread.
  for (const key in extra) context[key] = extra[key]!;
  return context;
}
