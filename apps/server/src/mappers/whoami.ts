import type { WhoAmI } from '../contracts/auth.js';
import type { WhoAmIFacts } from '../services/auth/get-whoami.js';

export function toWhoAmI(facts: WhoAmIFacts): WhoAmI {
  const { principal } = facts;
  const base = {
    arn: principal.arn,
    accountId: principal.accountId,
    alias: facts.alias,
    signInUrl: facts.signInUrl,
  };
  if (principal.type === 'role-session') {
    // The console shows a switched role as its session; issue 14 gives it a page of its own.
    return { ...base, type: 'user', userName: principal.sessionName, passwordResetRequired: false };
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
