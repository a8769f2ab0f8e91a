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
  const users = await ctx.db.user.findMany({
    where: {
      memberships: { some: { groupId: group.id } },
      ...(after != null ? { nameLower: { gt: after } } : {}),
    },
    orderBy: { nameLower: 'asc' },
    take: limit + 1,
  });
  return toPage(users, limit, 'group-members', (u) => [u.nameLower]);
}
