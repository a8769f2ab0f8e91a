import type { DbOrTx } from '../../../db/client.js';
import type { Organization, OrgPolicy } from '../../../db/generated/client.js';
import { targetArn } from './org-arns.js';
import { policyNotFound, targetNotFound } from './org-errors.js';
import { ACCOUNT_ID_PATTERN, POLICY_ID_PATTERN } from './org-ids.js';
import { visiblePolicies } from './org-views.js';

export type TargetType = 'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT';

export interface TargetView {
  targetId: string;
  arn: string;
  name: string;
  type: TargetType;
}

/** Where an attachment points, as the `where` of OrgPolicyAttachment. */
export function targetKey(target: TargetView): { nodeId: string } | { accountId: string } {
  return target.type === 'ACCOUNT' ? { accountId: target.targetId } : { nodeId: target.targetId };
}

/** A root, OU or account of the organization, or TargetNotFoundException. */
export async function requireTarget(db: DbOrTx, org: Organization, targetId: string): Promise<TargetView> {
  if (ACCOUNT_ID_PATTERN.test(targetId)) {
    const account = await db.account.findFirst({
      where: { id: targetId, organizationId: org.id },
      select: { id: true, name: true, alias: true },
    });
    if (account) {
      return {
        targetId,
        arn: targetArn(org, targetId),
        name: account.name ?? account.alias ?? account.id,
        type: 'ACCOUNT',
      };
    }
  } else {
    const node = await db.organizationalUnit.findFirst({ where: { id: targetId, organizationId: org.id } });
    if (node) {
      return {
        targetId,
        arn: targetArn(org, targetId),
        name: node.name,
        type: node.parentId === null ? 'ROOT' : 'ORGANIZATIONAL_UNIT',
      };
    }
  }
  throw targetNotFound(targetId);
}

/** A policy the organization may use (its own, or FullAWSAccess), or PolicyNotFoundException. */
export async function requireOrgPolicy(db: DbOrTx, org: Organization, policyId: string): Promise<OrgPolicy> {
  if (!POLICY_ID_PATTERN.test(policyId)) throw policyNotFound(policyId);
  const row = await db.orgPolicy.findFirst({ where: { id: policyId, ...visiblePolicies(org.id) } });
  if (!row) throw policyNotFound(policyId);
  return row;
}
