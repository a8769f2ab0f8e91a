import { Prisma } from '../../../db/generated/client.js';
import type { Tx } from '../../../db/client.js';

export type LockableTable = 'User' | 'Group' | 'Role' | 'ManagedPolicy' | 'MfaDevice';

/** The primary key column of each lockable table (a virtual MFA device is keyed by its serial number). */
const KEY_COLUMN: Record<LockableTable, string> = {
  User: 'id',
  Group: 'id',
  Role: 'id',
  ManagedPolicy: 'id',
  MfaDevice: 'serialNumber',
};

/**
 * `SELECT ... FOR UPDATE` on one entity row until the transaction ends. Quota checks (10
 * attached policies, 10 groups per user, 5 policy versions, 50 tags, inline policy size) count
 * and then insert; holding the owner's row makes concurrent requests take turns, so the count
 * cannot go stale between the two. Returns false when the row is gone.
 */
export async function lockRow(tx: Tx, table: LockableTable, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT 1 AS "id" FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${KEY_COLUMN[table]}"`)} = ${id} FOR UPDATE`;
  return rows.length > 0;
}
