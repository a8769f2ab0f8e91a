import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { ensureFullAwsAccess } from './common/full-aws-access.js';
import { organizationArn } from './common/org-arns.js';
import { bumpOrganization } from './common/org-context.js';
import { invalidInput, orgError } from './common/org-errors.js';
import { newOrganizationId, newRootId } from './common/org-ids.js';
import { organizationView, type OrganizationView } from './common/org-views.js';

export interface CreateOrganizationOptions {
  ctx: ServiceContext;
  featureSet?: string;
}

/**
 * organizations:CreateOrganization (resource `*`): the caller's account becomes the management
 * account of a new organization with all features and a root named "Root". SCPs start disabled,
 * as AWS (EnablePolicyType turns them on and attaches FullAWSAccess everywhere).
 */
export async function createOrganization(options: CreateOrganizationOptions): Promise<OrganizationView> {
  const { ctx } = options;
  await authorize(ctx, 'organizations:CreateOrganization', '*');
  if (options.featureSet !== undefined && options.featureSet !== 'ALL') {
    throw invalidInput(
      'INVALID_ENUM',
      'only the feature set `ALL` is available: consolidated billing alone does not apply here',
    );
  }
  const accountId = ctx.principal.accountId;
  return inTransaction(ctx, async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "id" = ${accountId} FOR UPDATE`;
    const account = await tx.account.findUniqueOrThrow({ where: { id: accountId } });
    if (account.organizationId) {
      throw orgError('AlreadyInOrganizationException', 'this account is already a member of an organization');
    }
    const id = newOrganizationId();
    const rootId = newRootId();
    const now = ctx.clock();
    await tx.organization.create({
      data: { id, managementAccountId: accountId, rootId, createdAt: now },
    });
    await tx.organizationalUnit.create({
      data: { id: rootId, organizationId: id, name: 'Root', nameLower: 'root', createdAt: now },
    });
    await tx.account.update({
      where: { id: accountId },
      data: { organizationId: id, orgParentId: rootId, orgJoinedMethod: 'CREATED', orgJoinedAt: now },
    });
    // FullAWSAccess exists from the start, so the organization can list and describe it.
    await ensureFullAwsAccess(tx);
    await bumpOrganization(tx, id);
    const org = await tx.organization.findUniqueOrThrow({ where: { id } });
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:CreateOrganization',
      resource: organizationArn(org),
      result: 'Success',
      details: { organizationId: id, rootId },
    });
    return organizationView(org, account.rootEmail);
  });
}
