import { createPolicy } from '../../services/iam/policies/create-policy.js';
import { createPolicyVersion } from '../../services/iam/policies/create-policy-version.js';
import { deletePolicy } from '../../services/iam/policies/delete-policy.js';
import { deletePolicyVersion } from '../../services/iam/policies/delete-policy-version.js';
import { getPolicy } from '../../services/iam/policies/get-policy.js';
import { getPolicyVersion } from '../../services/iam/policies/get-policy-version.js';
import {
  listEntitiesForPolicy,
  type PolicyEntityFacts,
} from '../../services/iam/policies/list-entities-for-policy.js';
import { listPolicies } from '../../services/iam/policies/list-policies.js';
import { listPolicyVersions } from '../../services/iam/policies/list-policy-versions.js';
import { setDefaultPolicyVersion } from '../../services/iam/policies/set-default-policy-version.js';
import type { AwsActionTable } from '../action-table.js';
import { listOutput, pageOf, truncation } from './paging.js';
import { awsPolicy, awsPolicyEntities, awsPolicySummary, awsPolicyVersion } from './policy-shapes.js';
import { checkedTags } from './tag-input.js';

/** AWS's EntityFilter: users, groups or roles; a managed policy is never attached to a policy. */
const ENTITY_FILTER: Record<string, PolicyEntityFacts['entityType'][]> = {
  User: ['user'],
  Group: ['group'],
  Role: ['role'],
  LocalManagedPolicy: [],
  AWSManagedPolicy: [],
};

export const policyActions: AwsActionTable = {
  CreatePolicy: async (ctx, input) => {
    const { facts } = await createPolicy({
      ctx,
      policyName: input.PolicyName,
      path: input.Path,
      document: input.PolicyDocument,
      description: input.Description,
      tags: checkedTags(input.Tags),
    });
    return { Policy: awsPolicy(facts) };
  },
  GetPolicy: async (ctx, input) => ({
    Policy: awsPolicy(await getPolicy({ ctx, policyArn: input.PolicyArn })),
  }),
  ListPolicies: async (ctx, input) =>
    listOutput(
      'Policies',
      await listPolicies({
        ctx,
        scope: input.Scope,
        onlyAttached: input.OnlyAttached === true,
        pathPrefix: input.PathPrefix,
        policyUsageFilter: input.PolicyUsageFilter,
        ...pageOf(input),
      }),
      awsPolicySummary,
    ),
  DeletePolicy: async (ctx, input) => {
    await deletePolicy({ ctx, policyArn: input.PolicyArn });
  },
  CreatePolicyVersion: async (ctx, input) => {
    const { version, isDefault } = await createPolicyVersion({
      ctx,
      policyArn: input.PolicyArn,
      document: input.PolicyDocument,
      setAsDefault: input.SetAsDefault === true,
    });
    return { PolicyVersion: awsPolicyVersion(version, isDefault ? version.versionId : '', false) };
  },
  GetPolicyVersion: async (ctx, input) => {
    const { policy, version } = await getPolicyVersion({
      ctx,
      policyArn: input.PolicyArn,
      versionId: input.VersionId,
    });
    return { PolicyVersion: awsPolicyVersion(version, policy.defaultVersionId, true) };
  },
  ListPolicyVersions: async (ctx, input) => {
    const page = await listPolicyVersions({ ctx, policyArn: input.PolicyArn, ...pageOf(input) });
    return listOutput('Versions', page, (v) => awsPolicyVersion(v, page.policy.defaultVersionId, false));
  },
  DeletePolicyVersion: async (ctx, input) => {
    await deletePolicyVersion({ ctx, policyArn: input.PolicyArn, versionId: input.VersionId });
  },
  SetDefaultPolicyVersion: async (ctx, input) => {
    await setDefaultPolicyVersion({ ctx, policyArn: input.PolicyArn, versionId: input.VersionId });
  },
  ListEntitiesForPolicy: async (ctx, input) => {
    const page = await listEntitiesForPolicy({
      ctx,
      policyArn: input.PolicyArn,
      usage: input.PolicyUsageFilter,
      entityTypes: input.EntityFilter ? ENTITY_FILTER[input.EntityFilter as string] : undefined,
      pathPrefix: input.PathPrefix,
      ...pageOf(input),
    });
    return { ...awsPolicyEntities(page.items), ...truncation(page) };
  },
};
