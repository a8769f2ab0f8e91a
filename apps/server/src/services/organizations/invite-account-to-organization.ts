import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { handshakeArn, orgAccountArn } from './common/org-arns.js';
import { lockOrganization, managementOrganization } from './common/org-context.js';
import { invalidInput, orgError } from './common/org-errors.js';
import { ACCOUNT_ID_PATTERN, newHandshakeId } from './common/org-ids.js';
import { HANDSHAKE_LIFETIME_MS, handshakeView, type HandshakeView } from './common/handshake-view.js';

export interface InviteAccountOptions {
  ctx: ServiceContext;
  /** An account id of this deployment, or its root user's email (AWS's target types ACCOUNT and EMAIL). */
  targetId: string;
  targetType?: string;
  notes?: string;
}

/**
 * organizations:InviteAccountToOrganization on the invited account's ARN: an OPEN handshake the
 * invited account accepts or declines within 15 days. An account already in an organization
 * cannot be invited (HandshakeConstraintViolationException, ALREADY_IN_AN_ORGANIZATION), nor
 * one with an open invitation (DuplicateHandshakeException).
 */
export async function inviteAccountToOrganization(options: InviteAccountOptions): Promise<HandshakeView> {
  const { ctx, targetId } = options;
  const type = options.targetType ?? (targetId.includes('@') ? 'EMAIL' : 'ACCOUNT');
  if (type !== 'ACCOUNT' && type !== 'EMAIL') {
    throw invalidInput(
      'INVALID_PARTY_TYPE_TARGET',
      'invite an account by its id (`ACCOUNT`) or its email (`EMAIL`)',
    );
  }
  if (type === 'ACCOUNT' && !ACCOUNT_ID_PATTERN.test(targetId)) {
    throw invalidInput('INVALID_PATTERN', `\`${targetId}\` is not an account id (12 digits)`);
  }
  const target = await ctx.db.account.findFirst({
    where: type === 'ACCOUNT' ? { id: targetId } : { rootEmail: targetId.trim().toLowerCase() },
    select: { id: true },
  });
  const org = await managementOrganization(ctx, 'organizations:InviteAccountToOrganization', (o) =>
    orgAccountArn(o, target?.id ?? targetId),
  );
  if (!target)
    throw invalidInput('INVALID_PARTY_TYPE_TARGET', `no account \`${targetId}\` in this deployment`);
  const now = ctx.clock();
  return inTransaction(ctx, async (tx) => {
    await lockOrganization(tx, org.id);
    await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "id" = ${target.id} FOR UPDATE`;
    const account = await tx.account.findUniqueOrThrow({
      where: { id: target.id },
      select: { organizationId: true },
    });
    if (account.organizationId) {
      throw orgError(
        'HandshakeConstraintViolationException',
        `the account \`${target.id}\` is already a member of an organization (ALREADY_IN_AN_ORGANIZATION)`,
      );
    }
    const open = await tx.handshake.findFirst({
      where: { organizationId: org.id, targetAccountId: target.id, state: 'OPEN', expiresAt: { gt: now } },
      select: { id: true },
    });
    if (open) {
      throw orgError(
        'DuplicateHandshakeException',
        `the account \`${target.id}\` already has an open invitation (\`${open.id}\`)`,
      );
    }
    const id = newHandshakeId();
    const row = await tx.handshake.create({
      data: {
        id,
        organizationId: org.id,
        targetAccountId: target.id,
        notes: options.notes ?? null,
        requestedAt: now,
        expiresAt: new Date(now.getTime() + HANDSHAKE_LIFETIME_MS),
      },
    });
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:InviteAccountToOrganization',
      resource: handshakeArn(org, id),
      result: 'Success',
      details: { handshakeId: id, targetAccountId: target.id },
    });
    return handshakeView(org, row, now);
  });
}
