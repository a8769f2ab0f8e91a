import { authorize } from '../../../authz/authorize.js';
import type { EntityListQuery } from '@gatehouse/contracts/iam/fields';
import { Prisma, type Group } from '../../../db/generated/client.js';
import { groupArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
import { decodeCursor, toPage } from '../common/cursor.js';
import { inIdOrder, listIdsByName } from '../common/list-by-name.js';
import { listResourceArn } from '../common/list-resource-arn.js';

/** iam:ListGroups (on the path prefix ARN, as ListUsers) — groups by name, keyset pages. */
export async function listGroups(
  options: Partial<EntityListQuery> & { ctx: ServiceContext },
): Promise<{ items: Group[]; nextCursor?: string }> {
  const { ctx } = options;
  const accountId = ctx.principal.accountId;
  const limit = options.limit ?? 50;
  await authorize(ctx, 'iam:ListGroups', listResourceArn(groupArn, accountId, options.pathPrefix));
  const keys = await listIdsByName(ctx.db, {
    table: 'Group',
    scope: Prisma.sql`"accountId" = ${accountId}`,
    pathPrefix: options.pathPrefix,
    search: options.search,
    after: decodeCursor(options.cursor, 'groups', 2),
    take: limit + 1,
  });
  const rows = await ctx.db.group.findMany({ where: { id: { in: keys.map((k) => k.id) } } });
  return toPage(inIdOrder(keys, rows), limit, 'groups', (g) => [g.nameLower, g.id]);
}
