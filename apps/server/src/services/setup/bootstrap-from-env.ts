import type { BootstrapConfig } from '../../config.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { rootArn } from '../../model/arns.js';
import { createAccount } from '../accounts/create-account.js';
import type { PublicContext } from '../service-context.js';

export type BootstrapOutcome = { created: true; accountId: string } | { created: false; accountId: string };

/**
 * Non-interactive first run (GATEHOUSE_BOOTSTRAP_*): creates the account unless one with that
 * root email (or that account id) exists already, so running it on every start is harmless.
 */
export async function bootstrapFromEnv(options: {
  ctx: PublicContext;
  bootstrap: BootstrapConfig;
}): Promise<BootstrapOutcome> {
  const { ctx, bootstrap } = options;
  const email = bootstrap.email.trim().toLowerCase();
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.account.findFirst({
      where: { OR: [{ rootEmail: email }, ...(bootstrap.accountId ? [{ id: bootstrap.accountId }] : [])] },
      select: { id: true },
    });
    if (existing) return { created: false, accountId: existing.id };
    const account = await createAccount({
      tx,
      now: ctx.clock(),
      email,
      password: bootstrap.password,
      alias: bootstrap.alias,
      accountId: bootstrap.accountId,
    });
    await recordAuditEvent(tx, ctx, {
      action: 'gatehouse:BootstrapAccount',
      resource: rootArn(account.id),
      result: 'Success',
      accountId: account.id,
      principalArn: null,
      details: { alias: account.alias },
    });
    return { created: true, accountId: account.id };
  });
}
