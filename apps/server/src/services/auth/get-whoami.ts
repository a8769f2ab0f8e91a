import type { Principal } from '../../auth/principal.js';
import type { DbOrTx } from '../../db/client.js';
import type { RequestInfo } from '../service-context.js';

export interface WhoAmIFacts {
  principal: Principal;
  alias: string | null;
  signInUrl: string;
  /** What the account is in AWS Organizations: its management account, a member, or neither. */
  organizationRole: 'management' | 'member' | null;
}

export function signInUrl(origin: string, accountId: string, alias: string | null): string {
  return `${origin}/signin/${alias ?? accountId}`;
}

/**
 * The signed-in principal with its account's alias, IAM sign-in URL and place in an organization
 * (management, member or none: the console's navigation needs it). Needs no permission, so it
 * leaves no audit event.
 */
export async function getWhoAmI(options: {
  db: DbOrTx;
  request: RequestInfo;
  principal: Principal;
}): Promise<WhoAmIFacts> {
  const { principal } = options;
  const account = await options.db.account.findUnique({
    where: { id: principal.accountId },
    select: { alias: true, organization: { select: { managementAccountId: true } } },
  });
  const alias = account?.alias ?? null;
  const management = account?.organization?.managementAccountId;
  return {
    principal,
    alias,
    signInUrl: signInUrl(options.request.origin, principal.accountId, alias),
    organizationRole: !management ? null : management === principal.accountId ? 'management' : 'member',
  };
}
