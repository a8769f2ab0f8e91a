import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import { nameKey } from '../../db/name-key.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { ServiceContext } from '../service-context.js';
import { scpArn, SCP_TYPE } from './common/org-arns.js';
import { managementOrganization } from './common/org-context.js';
import { constraintViolation, invalidInput, orgError } from './common/org-errors.js';
import { newPolicyId } from './common/org-ids.js';
import { policyViews, type PolicyView } from './common/org-views.js';
import { checkScpContent } from './common/scp-text.js';

export interface CreatePolicyOptions {
  ctx: ServiceContext;
  name: string;
  description: string;
  content: string;
  type?: string;
}

/** AWS's quota: 1,000 SCPs per organization. */
const MAX_POLICIES = 1000;

export const duplicatePolicy = (name: string) =>
  orgError('DuplicatePolicyException', `a policy named \`${name}\` already exists in your organization`);

export function requireScpType(type: string | undefined): void {
  if (type !== undefined && type !== SCP_TYPE) {
    throw invalidInput(
      'INVALID_ENUM',
      `only service control policies (\`${SCP_TYPE}\`) are available, not \`${type}\``,
    );
  }
}

/**
 * organizations:CreatePolicy (on the new policy's ARN): an SCP whose content the shared evaluator
 * accepts as kind "scp" (MalformedPolicyDocumentException with line and column otherwise), 5,120
 * characters at most. Names are unique in the organization, FullAWSAccess's included.
 */
export async function createPolicy(options: CreatePolicyOptions): Promise<PolicyView> {
  const { ctx, name, description, content } = options;
  requireScpType(options.type);
  const id = newPolicyId();
  const org = await managementOrganization(ctx, 'organizations:CreatePolicy', (o) =>
    scpArn(o, { id, awsManaged: false }),
  );
  checkScpContent(content);
  try {
    return await inTransaction(ctx, async (tx) => {
      const taken = await tx.orgPolicy.findFirst({
        where: { nameLower: nameKey(name), OR: [{ organizationId: org.id }, { awsManaged: true }] },
        select: { id: true },
      });
      if (taken) throw duplicatePolicy(name);
      if ((await tx.orgPolicy.count({ where: { organizationId: org.id } })) >= MAX_POLICIES) {
        throw constraintViolation(
          'POLICY_NUMBER_LIMIT_EXCEEDED',
          `an organization can have at most ${MAX_POLICIES} policies`,
        );
      }
      const row = await tx.orgPolicy.create({
        data: {
          id,
          organizationId: org.id,
          type: SCP_TYPE,
          name,
          nameLower: nameKey(name),
          description,
          content,
          createdAt: ctx.clock(),
        },
      });
      await recordAuditEvent(tx, ctx, {
        action: 'organizations:CreatePolicy',
        resource: scpArn(org, row),
        result: 'Success',
        details: { policyId: id, name },
      });
      return (await policyViews(tx, org, [row]))[0]!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicatePolicy(name);
    throw err;
  }
}
