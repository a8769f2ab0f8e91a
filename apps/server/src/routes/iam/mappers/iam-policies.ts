import type { Diagnostic } from '@gatehouse/evaluator';
import type {
  EffectivePolicy as EffectiveBody,
  InlinePolicy as InlineBody,
} from '@gatehouse/contracts/iam/permissions';
import type {
  ManagedPolicy as PolicyBody,
  PolicyEntity as EntityBody,
  PolicyVersion as VersionBody,
} from '@gatehouse/contracts/iam/policies';
import type { EffectivePolicy } from '../../../authz/effective-policies.js';
import type { InlinePolicy, PolicyVersion } from '../../../db/generated/client.js';
import type { PolicyEntityFacts } from '../../../services/iam/policies/list-entities-for-policy.js';
import type { PolicyFacts } from '../../../services/iam/policies/policy-facts.js';
import { toTag } from './iam-entities.js';

export function toManagedPolicy(facts: PolicyFacts): PolicyBody {
  const { policy } = facts;
  return {
    policyName: policy.name,
    policyId: policy.id,
    arn: policy.arn,
    path: policy.path,
    scope: policy.scope,
    defaultVersionId: policy.defaultVersionId,
    attachmentCount: facts.attachmentCount,
    permissionsBoundaryUsageCount: facts.boundaryUsageCount,
    isAttachable: policy.isAttachable,
    description: policy.description,
    createDate: policy.createdAt.toISOString(),
    updateDate: policy.updatedAt.toISOString(),
    ...(facts.document !== undefined ? { document: facts.document } : {}),
    ...(facts.tags ? { tags: facts.tags.map(toTag) } : {}),
  };
}

export function toPolicyVersion(
  version: Pick<PolicyVersion, 'versionId' | 'createdAt'> & { document?: string },
  defaultVersionId: string,
  withDocument: boolean,
): VersionBody {
  return {
    versionId: version.versionId,
    isDefaultVersion: version.versionId === defaultVersionId,
    createDate: version.createdAt.toISOString(),
    ...(withDocument && version.document !== undefined ? { document: version.document } : {}),
  };
}

export function toPolicyEntity(entity: PolicyEntityFacts): EntityBody {
  return {
    entityType: entity.entityType,
    name: entity.name,
    id: entity.id,
    arn: entity.arn,
    usage: entity.usage,
  };
}

export function toInlinePolicy(policy: InlinePolicy): InlineBody {
  return { policyName: policy.name, document: policy.document };
}

export function toEffectivePolicy(policy: EffectivePolicy): EffectiveBody {
  return {
    id: policy.id,
    policyName: policy.policyName,
    label: policy.label,
    category: policy.category,
    source: policy.source,
    ...(policy.policyArn ? { policyArn: policy.policyArn } : {}),
    ...(policy.versionId ? { versionId: policy.versionId } : {}),
    document: policy.document,
  };
}

/** The evaluator's non-blocking findings, sent beside an accepted policy. */
export function warningsOf(check: { warnings: Diagnostic[] }): Diagnostic[] {
  return check.warnings;
}
