// `/roles/:name/inline-policies/create` and `/roles/:name/inline-policies/:policyName`.
import { POLICY_SIZE_LIMITS } from '@gatehouse/evaluator';
import { useParams } from 'react-router';
import {
  putRoleInlinePolicy,
  roleInlinePoliciesQuery,
  roleInlinePolicyQuery,
} from '../../../api/roles-api.js';
import { InlinePolicyPage } from '../../../components/inline-policy-editor/inline-policy-page.js';

export function RoleInlinePolicyPage() {
  const params = useParams();
  const roleName = params.name ?? '';
  return (
    <InlinePolicyPage
      existing={params.policyName}
      owner={{
        label: `role ${roleName}`,
        href: `/roles/${encodeURIComponent(roleName)}`,
        quota: POLICY_SIZE_LIMITS.inlineRole,
        policyQuery: (policyName) => roleInlinePolicyQuery(roleName, policyName),
        policiesQuery: roleInlinePoliciesQuery(roleName),
        save: (policyName, document) => putRoleInlinePolicy(roleName, policyName, document),
        resource: 'role',
      }}
    />
  );
}
