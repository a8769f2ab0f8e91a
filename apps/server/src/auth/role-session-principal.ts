import type { Role, TemporaryCredential } from '../db/generated/client.js';
import { roleArn } from '../model/arns.js';
import type { RoleSessionPrincipal } from './principal.js';

/**
 * The principal of a role session, from its temporary credential row: one definition for the
 * AWS door (ASIA… keys) and the console (switch role).
 */
export function roleSessionPrincipal(
  row: TemporaryCredential,
  role: Pick<Role, 'id' | 'accountId' | 'name' | 'path'>,
): RoleSessionPrincipal {
  const sessionName = row.sessionName ?? '';
  return {
    type: 'role-session',
    accountId: role.accountId,
    arn: `arn:aws:sts::${role.accountId}:assumed-role/${role.name}/${sessionName}`,
    credentialId: row.id,
    roleId: role.id,
    roleName: role.name,
    rolePath: role.path,
    roleArn: roleArn(role.accountId, role.path, role.name),
    sessionName,
    userId: `${role.id}:${sessionName}`,
    tokenIssuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    issuedTo: row.issuedTo,
    ...(row.sourceIdentity ? { sourceIdentity: row.sourceIdentity } : {}),
    ...(row.mfaAuthenticatedAt ? { mfaAuthenticatedAt: row.mfaAuthenticatedAt } : {}),
    sessionTags: (row.sessionTags ?? {}) as Record<string, string>,
    transitiveTagKeys: row.transitiveTagKeys,
    ...(row.sessionPolicy !== null ? { sessionPolicy: row.sessionPolicy } : {}),
    sessionPolicyArns: row.sessionPolicyArns,
    chained: row.chained,
  };
}
