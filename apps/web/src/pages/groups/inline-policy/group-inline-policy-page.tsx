// `/groups/:name/inline-policies/create` and `/groups/:name/inline-policies/:policyName`.
import { POLICY_SIZE_LIMITS } from '@gatehouse/evaluator';
import { useParams } from 'react-router';
import { groupInlinePolicyQuery, putGroupInlinePolicy } from '../../../api/groups-api.js';
import { groupInlinePoliciesQuery } from '../../../api/queries/groups.js';
import { InlinePolicyPage } from '../../../components/inline-policy-editor/inline-policy-page.js';

export function GroupInlinePolicyPage() {
  const params = useParams();
  const groupName = params.name ?? '';
  return (
    <InlinePolicyPage
      existing={params.policyName}
      owner={{
        label: `group ${groupName}`,
        href: `/groups/${encodeURIComponent(groupName)}`,
        quota: POLICY_SIZE_LIMITS.inlineGroup,
        policyQuery: (policyName) => groupInlinePolicyQuery(groupName, policyName),
        policiesQuery: groupInlinePoliciesQuery(groupName),
        save: (policyName, document) => putGroupInlinePolicy(groupName, policyName, document),
        resource: 'group',
      }}
    />
  );
}
