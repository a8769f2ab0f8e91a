import type { Group } from '../../../db/generated/client.js';
import type { ServiceContext } from '../../service-context.js';
import { pageInMemory } from '../common/cursor.js';
import { authorizeOnUser } from '../common/targets.js';

/** iam:ListGroupsForUser — the user's groups by name (at most 10, AWS's quota). */
export async function listGroupsForUser(options: {
  ctx: ServiceContext;
  userName: string;
  limit?: number;
  cursor?: string;
}): Promise<{ items: Group[]; nextCursor?: string }> {
  const { ctx } = options;
  const user = await authorizeOnUser(ctx, options.userName, 'iam:ListGroupsForUser');
  const groups = await ctx.db.group.findMany({
    where: { memberships: { some: { userId: user.id } } },
    orderBy: { nameLower: 'asc' },
  });
  return pageInMemory(groups, options.limit ?? 50, options.cursor, 'user-groups', (g) => g.nameLower);
}
