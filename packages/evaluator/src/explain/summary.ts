// The one-line summary of an explanation, naming what decided the request.

import type { Basis } from '../evaluate/decide.js';
import { resourceAccountOf, type RequestState } from '../evaluate/request-state.js';
import type { ExplainedStatement } from './explain-statement.js';
import { code, policyName, statementName } from './words.js';

function where(x: ExplainedStatement | undefined): string {
  if (!x) return 'a policy';
  const kind: Record<string, string> = {
    identity: 'policy',
    resource: 'resource-based policy',
    boundary: 'permissions boundary',
    session: 'session policy',
    scp: 'service control policy',
    rcp: 'resource control policy',
  };
  return `${statementName(x.statement)} in ${kind[x.statement.policy.category]} ${policyName(x.statement)}`;
}

export interface SummaryInput {
  basis: Basis;
  st: RequestState;
  deny?: ExplainedStatement;
  identityAllow?: ExplainedStatement;
  resourceAllow?: ExplainedStatement;
  scpLevel: number;
  rcpLevel: number;
}

function levelName(level: number): string {
  return level === 0 ? 'at the organization root' : `at organization level ${level}`;
}

export function summarize(input: SummaryInput): string {
  const { basis, st, deny, identityAllow, resourceAllow, scpLevel, rcpLevel } = input;
  const what = `${code(st.request.action)} on ${code(st.resource)}`;
  const account = code(resourceAccountOf(st) ?? '');
  switch (basis) {
    case 'no-permission-needed':
      return `allowed: ${code(st.request.action)} needs no permission`;
    case 'untrusted':
      return `the ${st.service === 'kms' ? 'key' : 'trust'} policy of ${code(st.resource)} does not allow ${code(st.principal.raw)} to perform ${code(st.request.action)}`;
    case 'explicit-deny':
      return `denied by ${where(deny)}`;
    case 'identity':
      return identityAllow
        ? `allowed by ${where(identityAllow)}`
        : 'allowed: the account root user has full access to its account';
    case 'resource':
      return `allowed by ${where(resourceAllow)}`;
    case 'cross-account':
      return identityAllow
        ? `allowed across accounts by ${where(identityAllow)} and ${where(resourceAllow)}`
        : `allowed across accounts for the account root user by ${where(resourceAllow)}`;
    case 'rcp':
      return `no resource control policy ${levelName(rcpLevel)} allows ${what}`;
    case 'scp':
      return `no service control policy ${levelName(scpLevel)} allows ${what}`;
    case 'boundary':
      return `the permissions boundary does not allow ${what}`;
    case 'session':
      return `no session policy allows ${what}`;
    case 'cross-account-no-resource':
      return `cross-account request: no resource-based policy in account ${account} allows ${what}`;
    case 'cross-account-no-identity':
      return `cross-account request: no identity-based policy allows ${what}`;
    case 'delegated-to-account':
      return `the resource-based policy only names the account, and no identity-based policy allows ${what}`;
    default:
      return `no policy allows ${what}`;
  }
}
