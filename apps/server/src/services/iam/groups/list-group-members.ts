import type { User } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { decodeCursor, toPage } from '../common/cursor.js';
import { authorizeOnGroup } from '../common/targets.js';

/** iam:GetGroup — the group's members by name (keyset pages: a group may hold thousands). */
export async function listGroupMembers(options: {
  ctx: ServiceContext;
  groupName: string;
  limit?: number;
  cursor?: string;
}): Promise<{ items: User[]; nextCursor?: string }> {
  const { ctx } = options;
  const group = await authorizeOnGroup(ctx, options.groupName, 'iam:GetGroup');
  const limit = options.limit ?? 50;
  const after = decodeCursor(options.cursor, 'group-members', 1)?.[0];
  // From the membership side (indexed by group): the cost follows the group, not the account.
  const memberships = await ctx.db.groupMembership.findMany({
    where: { groupId: group.id, ...(after != null ? { user: { nameLower: { gt: after } } } : {}) },
    include: { user: true },
    orderBy: { user: { nameLower: 'asc' } },
    take: limit + 1,
  });
  const users = memberships.map((m) => m.user);
  return toPage(users, limit, 'group-members', (u) => [u.nameLower]);
}
