import type { ServiceContext } from '../service-context.js';
import { managementOrganization } from './common/org-context.js';
import { handshakeView, type HandshakeView } from './common/handshake-view.js';

/** organizations:ListHandshakesForOrganization (resource `*`): the invitations the organization sent. */
export async function listHandshakesForOrganization(options: {
  ctx: ServiceContext;
}): Promise<HandshakeView[]> {
  const { ctx } = options;
  const org = await managementOrganization(ctx, 'organizations:ListHandshakesForOrganization');
  const rows = await ctx.db.handshake.findMany({
    where: { organizationId: org.id },
    orderBy: { requestedAt: 'desc' },
  });
  const now = ctx.clock();
  return rows.map((r) => handshakeView(org, r, now));
}
