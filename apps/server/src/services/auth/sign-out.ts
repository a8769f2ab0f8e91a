import { deleteSessionByToken } from '../../auth/sessions.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import type { PublicContext, ServiceContext } from '../service-context.js';

/** Ends the session behind `token` (if any). Signing out twice is not an error. */
export async function signOut(options: {
  ctx: PublicContext | ServiceContext;
  token?: string;
}): Promise<void> {
  const { ctx, token } = options;
  if (!token) return;
  await ctx.db.$transaction(async (tx) => {
    await deleteSessionByToken(tx, token);
    if ('principal' in ctx)
      await recordAuditEvent(tx, ctx, { action: 'signin:ConsoleLogout', result: 'Success' });
  });
}
