import type { Tx } from '../db/client.js';

/**
 * Invalidates every cached policy set of the account. Call it in the same transaction as any
 * change to policies (inline, managed, versions, default version), attachments, group
 * memberships, permissions boundaries, or a user's tags, name or path.
 */
export async function bumpAuthzVersion(tx: Tx, accountId: string): Promise<void> {
  await tx.account.update({ where: { id: accountId }, data: { authzVersion: { increment: 1 } } });
}

export async function currentAuthzVersion(db: Pick<Tx, 'account'>, accountId: string): Promise<bigint> {
  const account = await db.account.findUnique({ where: { id: accountId }, select: { authzVersion: true } });
  return account?.authzVersion ?? -1n;
}
