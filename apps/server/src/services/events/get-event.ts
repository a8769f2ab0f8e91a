import { authorize } from '../../authz/authorize.js';
import type { AuditEvent } from '../../db/generated/client.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';

/** One event of the caller's account by its id (authorised as cloudtrail:LookupEvents, as AWS's console). */
export async function getEvent(options: { ctx: ServiceContext; eventId: string }): Promise<AuditEvent> {
  const { ctx, eventId } = options;
  await authorize(ctx, 'cloudtrail:LookupEvents', '*');
  const event = /^\d{1,18}$/.test(eventId)
    ? await ctx.db.auditEvent.findFirst({
        where: { id: BigInt(eventId), accountId: ctx.principal.accountId },
      })
    : null;
  if (!event) throw new AppError('NoSuchEntity', `the event \`${eventId}\` cannot be found`);
  return event;
}
