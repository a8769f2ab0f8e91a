import { AppError } from '../../errors/app-error.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import { nameKey } from '../../db/name-key.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { ServiceContext } from '../service-context.js';
import { scpArn } from './common/org-arns.js';
import { bumpOrganization, managementOrganization } from './common/org-context.js';
import { requireOrgPolicy } from './common/org-targets.js';
import { policyViews, type PolicyView } from './common/org-views.js';
import { checkScpContent } from './common/scp-text.js';
import { duplicatePolicy } from './create-policy.js';

export interface UpdatePolicyOptions {
  ctx: ServiceContext;
  policyId: string;
  name?: string;
  description?: string;
  content?: string;
}

export const awsManagedReadOnly = (name: string) =>
  new AppError('AccessDenied', `\`${name}\` is an AWS managed policy: it cannot be changed or deleted`);

/**
 * organizations:UpdatePolicy on the policy's ARN. A new content takes effect on the next request
 * of every account of the organization (their cached sets are invalidated in the same transaction).
 */
export async function updatePolicy(options: UpdatePolicyOptions): Promise<PolicyView> {
  const { ctx, policyId } = options;
  const org = await managementOrganization(ctx, 'organizations:UpdatePolicy', (o) =>
    scpArn(o, { id: policyId, awsManaged: policyId === 'p-FullAWSAccess' }),
  );
  if (options.content !== undefined) checkScpContent(options.content);
  const name = options.name;
  try {
    return await inTransaction(ctx, async (tx) => {
      const row = await requireOrgPolicy(tx, org, policyId);
      if (row.awsManaged) throw awsManagedReadOnly(row.name);
      if (name !== undefined && nameKey(name) !== row.nameLower) {
        const taken = await tx.orgPolicy.findFirst({
          where: { nameLower: nameKey(name), OR: [{ organizationId: org.id }, { awsManaged: true }] },
          select: { id: true },
        });
        if (taken) throw duplicatePolicy(name);
      }
      const updated = await tx.orgPolicy.update({
        where: { id: policyId },
        data: {
          ...(name !== undefined ? { name, nameLower: nameKey(name) } : {}),
          ...(options.description !== undefined ? { description: options.description } : {}),
          ...(options.content !== undefined ? { content: options.content } : {}),
        },
      });
      if (options.content !== undefined && options.content !== row.content)
        await bumpOrganization(tx, org.id);
      await recordAuditEvent(tx, ctx, {
        action: 'organizations:UpdatePolicy',
        resource: scpArn(org, row),
        result: 'Success',
        details: {
          policyId,
          name: updated.name,
          contentChanged: options.content !== undefined && options.content !== row.content,
        },
      });
      return (await policyViews(tx, org, [updated]))[0]!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicatePolicy(name ?? '');
    throw err;
  }
}
