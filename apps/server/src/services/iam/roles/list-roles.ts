import { authorize } from '../../../authz/authorize.js';
import type { EntityListQuery } from '@gatehouse/contracts/iam/fields';
import { Prisma, type Role } from '../../../db/generated/client.js';
import { roleArn } from '../../../model/arns.js';
import type { ServiceContext } from '../../service-context.js';
import { decodeCursor, toPage } from '../common/cursor.js';
import { inIdOrder, listIdsByName } from '../common/list-by-name.js';
import { listResourceArn } from '../common/list-resource-arn.js';

/** iam:ListRoles (on the path prefix ARN, as ListUsers) — roles by name, keyset pages. */
export async function listRoles(
  options: Partial<EntityListQuery> & { ctx: ServiceContext },
): Promise<{ items: Role[]; nextCursor?: string }> {
  const { ctx } = options;
  const accountId = ctx.principal.accountId;
  const limit = options.limit ?? 50;
  await authorize(ctx, 'iam:ListRoles', listResourceArn(roleArn, accountId, options.pathPrefix));
  const keys = await listIdsByName(ctx.db, {
    table: 'Role',
    scope: Prisma.sql`"accountId" = ${accountId}`,
    pathPrefix: options.pathPrefix,
    search: options.search,
    after: decodeCursor(options.cursor, 'roles', 2),
    take: limit + 1,
  });
  const rows = await ctx.db.role.findMany({ where: { id: { in: keys.map((k) => k.id) } } });
  return toPage(inIdOrder(keys, rows), limit, 'roles', (r) => [r.nameLower, r.id]);
}
