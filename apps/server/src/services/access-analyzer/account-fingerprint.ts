// What an account's findings depend on, read in one query: the authz version (policies, trust
// policies, memberships), the roles, the organization and its size, the credentials and their
// last use, the analyzer's window, and the day (unused access ages with time). Findings computed
// at the same fingerprint are current; any difference means a background recompute.
import type { DbOrTx } from '../../db/client.js';
import { Prisma } from '../../db/generated/client.js';
import { DEFAULT_UNUSED_ACCESS_AGE } from './analyzer-state.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The fingerprint of the account `a` (a row of "Account") on `day`, as SQL. */
function fingerprintOf(day: string): Prisma.Sql {
  return Prisma.sql`concat_ws('|',
      a."authzVersion"::text,
      coalesce(a."organizationId", '-'),
      (SELECT count(*)::text FROM "Account" m WHERE m."organizationId" = a."organizationId"),
      (SELECT concat_ws(':', count(*), max(r."updatedAt"), max(r."lastUsedAt")) FROM "Role" r WHERE r."accountId" = a.id),
      (SELECT concat_ws(':', count(*), max(k."lastUsedAt")) FROM "AccessKey" k WHERE k."accountId" = a.id AND k.status = 'Active'),
      (SELECT count(*)::text FROM "LoginProfile" l WHERE l."accountId" = a.id),
      (SELECT max(u."passwordLastUsed")::text FROM "User" u WHERE u."accountId" = a.id),
      coalesce((SELECT s."unusedAccessAge" FROM "AccessAnalyzerState" s WHERE s."accountId" = a.id), ${DEFAULT_UNUSED_ACCESS_AGE}::int)::text,
      ${day}::text)`;
}

const dayOf = (now: Date) => `d${Math.floor(now.getTime() / DAY_MS)}`;

export async function accountFingerprint(
  db: DbOrTx,
  accountId: string,
  now: Date,
): Promise<string | undefined> {
  const rows = await db.$queryRaw<{ fingerprint: string }[]>`
    SELECT ${fingerprintOf(dayOf(now))} AS fingerprint FROM "Account" a WHERE a.id = ${accountId}`;
  return rows[0]?.fingerprint;
}

/** Every account whose findings were computed at another fingerprint (or never): one query. */
export async function staleAccounts(db: DbOrTx, now: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Account" a LEFT JOIN "AccessAnalyzerState" st ON st."accountId" = a.id
    WHERE st."fingerprint" IS DISTINCT FROM ${fingerprintOf(dayOf(now))}
    ORDER BY a.id`;
  return rows.map((r) => r.id);
}
