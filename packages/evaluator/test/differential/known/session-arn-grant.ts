// KD-SESSION-ARN-GRANT: within one account, a resource-based policy that names the caller's
// role-session ARN (or grants to `*`) grants to the session directly, and AWS does not limit
// that grant by the session policy. The oracle requires the session policy to allow regardless.
import { asList, statementsOf } from '../case-policies.js';
import type { DiffCase } from '../generate/generate-case.js';
import type { PolicyJson, StatementJson } from '../generate/policies.js';
import type { KnownDifference } from './known-difference.js';

function namesSession(c: DiffCase, s: StatementJson): boolean {
  const principal = s.Principal as Record<string, unknown> | string | undefined;
  if (s.Effect !== 'Allow' || principal === undefined) return false;
  if (principal === '*') return true;
  const aws = typeof principal === 'object' ? asList(principal.AWS) : [];
  return aws.includes('*') || aws.includes(c.request.principal);
}

function sessionGrants(c: DiffCase): StatementJson[] {
  const sameAccount = c.request.principal.split(':')[4] === c.request.resourceAccount;
  if (c.principalKind !== 'assumed-role' || !c.session || !c.resource || !sameAccount) return [];
  return statementsOf(c.resource.json).filter((s) => namesSession(c, s));
}

export const sessionArnGrant: KnownDifference = {
  id: 'KD-SESSION-ARN-GRANT',
  applies: (c) => sessionGrants(c).length > 0,
  // Let the session policy allow exactly what those statements grant: same elements and
  // conditions, so it allows precisely when one of them applies.
  rewriteForOracle: (c) => {
    // A trust policy's statements have no Resource: they are about the role itself.
    const grants = sessionGrants(c).map(({ Principal: _p, Sid: _s, ...rest }) =>
      rest.Resource === undefined && rest.NotResource === undefined ? { ...rest, Resource: '*' } : rest,
    ) as StatementJson[];
    const session = c.session!;
    if (session.json.Version !== c.resource!.json.Version && JSON.stringify(grants).includes('${')) return c;
    const json: PolicyJson = { ...session.json, Statement: [...statementsOf(session.json), ...grants] };
    return { ...c, session: { ...session, json, text: JSON.stringify(json) } };
  },
};
