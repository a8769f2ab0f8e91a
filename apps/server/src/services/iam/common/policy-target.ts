import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { authorize } from '../../../authz/authorize.js';
import type { ExtraContext } from '../../../authz/request-context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { Prisma } from '../../../db/generated/client.js';
import { AppError } from '../../../errors/app-error.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from './errors.js';
import { resourceTagContext } from './tag-context.js';

const policyInclude = {
  tags: { orderBy: { keyLower: 'asc' } },
} as const satisfies Prisma.ManagedPolicyInclude;

export type PolicyTarget = Prisma.ManagedPolicyGetPayload<{ include: typeof policyInclude }>;

/** A managed policy this account can see: its own customer managed policies and AWS managed ones. */
export async function findPolicyByArn(
  db: DbOrTx,
  accountId: string,
  arn: string,
): Promise<PolicyTarget | null> {
  const policy = await db.managedPolicy.findUnique({ where: { arn }, include: policyInclude });
  if (!policy) return null;
  return policy.accountId === accountId || policy.scope === 'AWS' ? policy : null;
}

/** Authorises `action` on the policy ARN (with its tags as `aws:ResourceTag/*`) and returns the policy. */
export async function authorizeOnPolicy(
  ctx: ServiceContext,
  arn: string,
  action: string,
  extra: ExtraContext = {},
): Promise<PolicyTarget> {
  const policy = await findPolicyByArn(ctx.db, ctx.principal.accountId, arn);
  await authorize(ctx, action, arn, { ...resourceTagContext(policy?.tags), ...extra });
  if (!policy) throw noSuchEntity('policy', arn);
  return policy;
}

/**
 * AWS managed policies are read-only: their versions, tags and lifetime belong to AWS, which
 * refuses such calls from any account with AccessDenied (the policy lives outside the
 * caller's account). Checked after authorisation, before any change.
 */
export async function assertCustomerManaged(
  ctx: ServiceContext,
  policy: PolicyTarget,
  action: string,
): Promise<void> {
  if (policy.scope === 'AWS') {
    await recordAuditEvent(ctx.db, ctx, {
      action,
      resource: policy.arn,
      result: 'Denied',
      errorCode: 'AccessDenied',
      details: { reason: 'AWS managed policy' },
    });
    throw new AppError(
      'AccessDenied',
      `policy \`${policy.arn}\` is an AWS managed policy and is not modifiable: ${action} applies only to customer managed policies of your own account`,
      { details: { action, resource: policy.arn } },
    );
  }
}

/** A policy that must exist for an attachment or a boundary (the caller already authorised the change). */
export async function requirePolicy(db: DbOrTx, accountId: string, arn: string): Promise<PolicyTarget> {
  const policy = await findPolicyByArn(db, accountId, arn);
  if (!policy) throw noSuchEntity('policy', arn);
  return policy;
}
