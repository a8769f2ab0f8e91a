import type { Principal } from '../../auth/principal.js';
import type { DbOrTx } from '../../db/client.js';
import type { RequestInfo } from '../service-context.js';

export interface WhoAmIFacts {
  principal: Principal;
  alias: string | null;
  signInUrl: string;
}

export function signInUrl(origin: string, accountId: string, alias: string | null): string {
  return `${origin}/signin/${alias ?? accountId}`;
}

/** The signed-in principal with its account's alias and IAM sign-in URL. Needs no permission. */
export async function getWhoAmI(options: {
  db: DbOrTx;
  request: RequestInfo;
  principal: Principal;
}): Promise<WhoAmIFacts> {
  const { principal } = options;
  const account = await options.db.account.findUnique({
    where: { id: principal.accountId },
    select: { alias: true },
  });
  const alias = account?.alias ?? null;
  return { principal, alias, signInUrl: signInUrl(options.request.origin, principal.accountId, alias) };
}
