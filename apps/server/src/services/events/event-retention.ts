// The account's event history retention: read by whoever may read the history, changed by
// whoever may change a CloudTrail event data store's retention (cloudtrail:UpdateEventDataStore).
import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { EventRetentionResponse } from '@gatehouse/contracts/event-retention';
import type { ServiceContext } from '../service-context.js';

const DAY_MS = 86_400_000;

async function current(ctx: ServiceContext): Promise<EventRetentionResponse> {
  const row = await ctx.db.eventRetention.findUnique({ where: { accountId: ctx.principal.accountId } });
  const defaultDays = ctx.config.eventRetentionDays;
  const retentionDays = row?.retentionDays ?? defaultDays;
  return {
    retentionDays,
    defaultDays,
    custom: row !== null,
    oldestKept: new Date(ctx.clock().getTime() - retentionDays * DAY_MS).toISOString(),
  };
}

export async function getEventRetention({ ctx }: { ctx: ServiceContext }): Promise<EventRetentionResponse> {
  await authorize(ctx, 'cloudtrail:LookupEvents', '*');
  return current(ctx);
}

/** Sets the account's retention (7–3,653 days, checked by the contract and the database), or `null` for the default. */
export async function updateEventRetention({
  ctx,
  retentionDays,
}: {
  ctx: ServiceContext;
  retentionDays: number | null;
}): Promise<EventRetentionResponse> {
  await authorize(ctx, 'cloudtrail:UpdateEventDataStore', '*');
  const accountId = ctx.principal.accountId;
  await inTransaction(ctx, async (tx) => {
    const previous = await tx.eventRetention.findUnique({ where: { accountId } });
    if (retentionDays === null) await tx.eventRetention.deleteMany({ where: { accountId } });
    else {
      await tx.eventRetention.upsert({
        where: { accountId },
        create: { accountId, retentionDays },
        update: { retentionDays },
      });
    }
    await recordAuditEvent(tx, ctx, {
      action: 'cloudtrail:UpdateEventDataStore',
      resource: null,
      result: 'Success',
      details: {
        retentionDays: retentionDays ?? ctx.config.eventRetentionDays,
        previousRetentionDays: previous?.retentionDays ?? ctx.config.eventRetentionDays,
        usesDefault: retentionDays === null,
      },
    });
  });
  return current(ctx);
}
