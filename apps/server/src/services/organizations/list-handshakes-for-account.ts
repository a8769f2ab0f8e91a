import { authorize } from '../../authz/authorize.js';
import type { ServiceContext } from '../service-context.js';
import { handshakeView, type HandshakeView } from './common/handshake-view.js';

/** organizations:ListHandshakesForAccount (resource `*`): the invitations the caller's account received. */
export async function listHandshakesForAccount(options: { ctx: ServiceContext }): Promise<HandshakeView[]> {
  const { ctx } = options;
  await authorize(ctx, 'organizations:ListHandshakesForAccount', '*');
  const rows = await ctx.db.handshake.findMany({
    where: { targetAccountId: ctx.principal.accountId },
    include: { organization: { select: { id: true, managementAccountId: true } } },
    orderBy: { requestedAt: 'desc' },
  });
  const now = ctx.clock();
  return rows.map((r) => handshakeView(r.organization, r, now));
}
