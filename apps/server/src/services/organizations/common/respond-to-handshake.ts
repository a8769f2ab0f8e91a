import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { inTransaction } from '../../../db/in-transaction.js';
import type { ServiceContext } from '../../service-context.js';
import { attachFullAwsAccess } from './full-aws-access.js';
import { handshakeArn } from './org-arns.js';
import { bumpOrganization, lockOrganization } from './org-context.js';
import { handshakeNotFound, orgError } from './org-errors.js';
import { handshakeView, type HandshakeView } from './handshake-view.js';

export interface RespondOptions {
  ctx: ServiceContext;
  handshakeId: string;
}

/**
 * The invited account's answer to a handshake: organizations:AcceptHandshake or
 * DeclineHandshake. Authorised on `*`: the handshake's ARN belongs to the management account,
 * which the invited account cannot name in its own policies' terms until it has joined.
 */
export async function respondToHandshake(options: RespondOptions, accept: boolean): Promise<HandshakeView> {
  const { ctx, handshakeId } = options;
  const action = accept ? 'organizations:AcceptHandshake' : 'organizations:DeclineHandshake';
  await authorize(ctx, action, '*');
  const accountId = ctx.principal.accountId;
  const found = await ctx.db.handshake.findFirst({
    where: { id: handshakeId, targetAccountId: accountId },
    select: { organizationId: true },
  });
  if (!found) throw handshakeNotFound(handshakeId);
  const now = ctx.clock();
  return inTransaction(ctx, async (tx) => {
    const org = await lockOrganization(tx, found.organizationId);
    const row = await tx.handshake.findFirst({ where: { id: handshakeId, targetAccountId: accountId } });
    if (!org || !row) throw handshakeNotFound(handshakeId);
    const view = handshakeView(org, row, now);
    if (view.state !== 'OPEN') {
      throw orgError(
        'InvalidHandshakeTransitionException',
        `the handshake \`${handshakeId}\` is ${view.state.toLowerCase()}: only an open handshake can be ${accept ? 'accepted' : 'declined'}`,
      );
    }
    if (accept) {
      await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "id" = ${accountId} FOR UPDATE`;
      const account = await tx.account.findUniqueOrThrow({
        where: { id: accountId },
        select: { organizationId: true },
      });
      if (account.organizationId) {
        throw orgError(
          'HandshakeConstraintViolationException',
          'your account is already a member of an organization (ALREADY_IN_AN_ORGANIZATION)',
        );
      }
      await tx.account.update({
        where: { id: accountId },
        data: {
          organizationId: org.id,
          orgParentId: org.rootId,
          orgJoinedMethod: 'INVITED',
          orgJoinedAt: now,
        },
      });
      if (org.scpEnabled) await attachFullAwsAccess(tx, org.id, { accountId });
      await bumpOrganization(tx, org.id);
    }
    const updated = await tx.handshake.update({
      where: { id: handshakeId },
      data: { state: accept ? 'ACCEPTED' : 'DECLINED' },
    });
    await recordAuditEvent(tx, ctx, {
      action,
      resource: handshakeArn(org, handshakeId),
      result: 'Success',
      details: { handshakeId, organizationId: org.id },
    });
    return handshakeView(org, updated, now);
  });
}
