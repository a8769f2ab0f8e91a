// Managed policies, their versions and the entities using them → IAM's output structures
// (AWS's member names). Explicit, so a new column never leaks into a response.
import type { PolicyVersion } from '../../db/generated/client.js';
import type { PolicyEntityFacts } from '../../services/iam/policies/list-entities-for-policy.js';
import type { PolicyFacts } from '../../services/iam/policies/policy-facts.js';
import { awsTag } from './iam-shapes.js';

/** A policy in ListPolicies: without Description and Tags, as AWS lists them. */
export function awsPolicySummary(facts: PolicyFacts) {
  const { policy } = facts;
  return {
    PolicyName: policy.name,
    PolicyId: policy.id,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: facts.attachmentCount,
    PermissionsBoundaryUsageCount: facts.boundaryUsageCount,
    IsAttachable: policy.isAttachable,
    CreateDate: policy.createdAt,
    UpdateDate: policy.updatedAt,
  };
}

/** GetPolicy, CreatePolicy: with the description and tags. */
export function awsPolicy(facts: PolicyFacts) {
  return {
    ...awsPolicySummary(facts),
    Description: facts.policy.description ?? undefined,
    Tags: facts.tags && facts.tags.length > 0 ? facts.tags.map(awsTag) : undefined,
  };
}

/** A version; its Document only where AWS sends it (GetPolicyVersion, authorization details). */
export function awsPolicyVersion(
  version: Pick<PolicyVersion, 'versionId' | 'createdAt'> & { document?: string },
  defaultVersionId: string,
  withDocument: boolean,
) {
  return {
    Document: withDocument ? version.document : undefined,
    VersionId: version.versionId,
    IsDefaultVersion: version.versionId === defaultVersionId,
    CreateDate: version.createdAt,
  };
}

/**
 * ListEntitiesForPolicy's three lists. A user or role that both has the policy attached and
 * uses it as its boundary is listed once, as AWS lists an entity once.
 */
export function awsPolicyEntities(entities: PolicyEntityFacts[]) {
  const seen = new Set<string>();
  const unique = entities.filter((e) => !seen.has(e.id) && seen.add(e.id));
  const of = (type: PolicyEntityFacts['entityType']) => unique.filter((e) => e.entityType === type);
  return {
    PolicyGroups: of('group').map((e) => ({ GroupName: e.name, GroupId: e.id })),
    PolicyUsers: of('user').map((e) => ({ UserName: e.name, UserId: e.id })),
    PolicyRoles: of('role').map((e) => ({ RoleName: e.name, RoleId: e.id })),
  };
}
