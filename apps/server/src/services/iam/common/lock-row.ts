import { Prisma } from '../../../db/generated/client.js';
import type { Tx } from '../../../db/client.js';

export type LockableTable = 'User' | 'Group' | 'Role' | 'ManagedPolicy';

/**
 * `SELECT ... FOR UPDATE` on one entity row until the transaction ends. Quota checks (10
 * attached policies, 10 groups per user, 5 policy versions, 50 tags, inline policy size) count
 * and then insert; holding the owner's row makes concurrent requests take turns, so the count
 * cannot go stale between the two. Returns false when the row is gone.
 */
export async function lockRow(tx: Tx, table: LockableTable, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} FOR UPDATE`;
  return rows.length > 0;
}
