import { parsePolicy } from '@gatehouse/evaluator';
import type { Tx } from '../../../db/client.js';
import { Prisma } from '../../../db/generated/client.js';
import { nameKey } from '../../../db/name-key.js';
import { AppError } from '../../../errors/app-error.js';

/** `{ "<user or role ARN as written>": "<AIDA…/AROA… id>" }`, saved with the role. */
export type TrustPrincipalIds = Record<string, string>;

interface NamedPrincipal {
  arn: string;
  table: 'User' | 'Role';
  accountId: string;
  path: string;
  nameLower: string;
}

// `arn:aws:iam::<acct>:user/<path><name>` or `…:role/<path><name>`; anything after the last
// slash is the name, the rest (with both slashes) the path.
const USER_OR_ROLE_ARN = /^arn:aws:iam::(\d{12}):(user|role)(\/(?:.*\/)?)([^/]*)$/;

/** The IAM user and role ARNs in the `Principal.AWS` of each statement, once each, in order. */
function namedPrincipals(text: string): NamedPrincipal[] {
  const document = parsePolicy(text, { sourceMap: false }).document;
  const out = new Map<string, NamedPrincipal>();
  for (const statement of document?.statements ?? []) {
    const block = statement.principal;
    if (block?.kind !== 'map') continue;
    for (const arn of block.AWS ?? []) {
      const m = USER_OR_ROLE_ARN.exec(arn);
      if (!m || out.has(arn)) continue;
      const [, accountId, type, path, name] = m as unknown as [string, string, string, string, string];
      out.set(arn, {
        arn,
        table: type === 'user' ? 'User' : 'Role',
        accountId,
        path,
        nameLower: nameKey(name),
      });
    }
  }
  return [...out.values()];
}

/**
 * Rows of `table` named by `wanted`, read with FOR KEY SHARE: until the caller's transaction
 * commits, none of them can be deleted or renamed (a key update), while ordinary updates (a
 * role's own trust policy, its last use) still go ahead, so a role that trusts itself does not
 * deadlock two concurrent updates of it.
 */
async function lockedRows(tx: Tx, table: 'User' | 'Role', wanted: NamedPrincipal[]) {
  const keys = wanted
    .filter((p) => p.table === table)
    .map((p) => Prisma.sql`(${p.accountId}, ${p.nameLower})`);
  if (keys.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string; accountId: string; nameLower: string; path: string }[]>(
    Prisma.sql`
    SELECT "id", "accountId", "nameLower", "path" FROM ${Prisma.raw(`"${table}"`)}
    WHERE ("accountId", "nameLower") IN (${Prisma.join(keys)})
    FOR KEY SHARE`,
  );
  return rows.map((r) => ({ ...r, table }));
}

/**
 * AWS keeps a trust policy's IAM user and role principals by their unique ids: it refuses a
 * policy naming one that does not exist (MalformedPolicyDocument, `Invalid principal in policy`)
 * and a principal deleted and recreated under the same name is not the one trusted. This binds
 * each user and role ARN the policy names, in an account of this deployment, to the id of the
 * user or role it names now (same name, case-insensitively, and same path), inside the
 * transaction that saves the policy. Principals in accounts this deployment does not hold,
 * accounts, `*`, services and federated principals are not bound.
 */
export async function bindTrustPrincipals(tx: Tx, text: string): Promise<TrustPrincipalIds> {
  const named = namedPrincipals(text);
  if (named.length === 0) return {};
  const accountIds = [...new Set(named.map((p) => p.accountId))];
  const accounts = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "id" FROM "Account" WHERE "id" IN (${Prisma.join(accountIds)}) FOR KEY SHARE`);
  const held = new Set(accounts.map((a) => a.id));
  const ours = named.filter((p) => held.has(p.accountId));
  const rows = [...(await lockedRows(tx, 'User', ours)), ...(await lockedRows(tx, 'Role', ours))];
  const ids: TrustPrincipalIds = {};
  for (const p of ours) {
    const row = rows.find(
      (r) =>
        r.table === p.table &&
        r.accountId === p.accountId &&
        r.nameLower === p.nameLower &&
        r.path === p.path,
    );
    if (!row) {
      throw new AppError('MalformedPolicyDocument', `Invalid principal in policy: "AWS":"${p.arn}"`);
    }
    ids[p.arn] = row.id;
  }
  return ids;
}
