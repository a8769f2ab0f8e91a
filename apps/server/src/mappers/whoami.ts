import type { WhoAmI } from '@gatehouse/contracts/auth';
import type { WhoAmIFacts } from '../services/auth/get-whoami.js';

export function toWhoAmI(facts: WhoAmIFacts): WhoAmI {
  const { principal } = facts;
  const base = {
    arn: principal.arn,
    accountId: principal.accountId,
    alias: facts.alias,
    signInUrl: facts.signInUrl,
    organizationRole: facts.organizationRole,
  };
  if (principal.type === 'role-session') {
    return {
      ...base,
      type: 'assumed-role',
      passwordResetRequired: false,
      role: {
        roleName: principal.roleName,
        roleArn: principal.roleArn,
        sessionName: principal.sessionName,
        displayName: principal.console?.displayName ?? principal.roleName,
        color: principal.console?.color ?? null,
        sourceArn: principal.issuedTo,
        expiresAt: principal.expiresAt.toISOString(),
      },
    };
  }
  return principal.type === 'root'
    ? { ...base, type: 'root', email: principal.email, passwordResetRequired: false }
    : {
        ...base,
        type: 'user',
        userName: principal.userName,
        passwordResetRequired: principal.passwordResetRequired,
      };
}
