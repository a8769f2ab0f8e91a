import type { DbOrTx } from '../../db/client.js';

/**
 * Whom an account's analyzer trusts, as AWS's: the account's organization when it is in one,
 * else the account alone. Principals of accounts outside it are external.
 */
export interface ZoneOfTrust {
  accountId: string;
  /** The organization's id (o-…) when the account is in one. */
  organizationId?: string;
  /** Every account in the zone (the account itself, or the organization's members). */
  accounts: ReadonlySet<string>;
}

export async function loadZoneOfTrust(db: DbOrTx, accountId: string): Promise<ZoneOfTrust> {
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: { organizationId: true },
  });
  const organizationId = account?.organizationId ?? undefined;
  if (!organizationId) return { accountId, accounts: new Set([accountId]) };
  const members = await db.account.findMany({ where: { organizationId }, select: { id: true } });
  return { accountId, organizationId, accounts: new Set([accountId, ...members.map((m) => m.id)]) };
}

export function inZone(zone: ZoneOfTrust, account: string | undefined): boolean {
  return account !== undefined && zone.accounts.has(account);
}

/** An account id outside the zone, to stand for "some other account" (999999999999 unless taken). */
export function outsiderAccount(zone: ZoneOfTrust): string {
  for (let n = 999_999_999_999; ; n--) {
    const id = String(n);
    if (!zone.accounts.has(id)) return id;
  }
}
