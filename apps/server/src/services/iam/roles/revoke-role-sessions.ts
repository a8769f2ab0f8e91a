import type { ServiceContext } from '../../service-context.js';
import { putInlinePolicy } from '../inline-policies/put-inline-policy.js';

/** The inline policy AWS's console adds to revoke a role's active sessions. */
export const REVOKE_POLICY_NAME = 'AWSRevokeOlderSessions';

/**
 * "Revoke active sessions", done as AWS does it: an inline policy on the role that denies
 * everything to sessions whose `aws:TokenIssueTime` is older than now. Sessions issued later are
 * unaffected; iam:PutRolePolicy authorises it, and the put is audited like any other.
 */
export async function revokeRoleSessions(options: {
  ctx: ServiceContext;
  roleName: string;
}): Promise<{ revokedBefore: Date }> {
  const now = options.ctx.clock();
  const revokedBefore = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Action: ['*'],
        Resource: ['*'],
        Condition: {
          DateLessThan: { 'aws:TokenIssueTime': revokedBefore.toISOString().replace(/\.\d{3}Z$/, 'Z') },
        },
      },
    ],
  });
  await putInlinePolicy({
    ctx: options.ctx,
    kind: 'role',
    name: options.roleName,
    policyName: REVOKE_POLICY_NAME,
    document,
  });
  return { revokedBefore };
}
