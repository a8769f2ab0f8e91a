// `/users/:name/inline-policies/create` and `/users/:name/inline-policies/:policyName`.
import { POLICY_SIZE_LIMITS } from '@gatehouse/evaluator';
import { useParams } from 'react-router';
import {
  putUserInlinePolicy,
  userInlinePoliciesQuery,
  userInlinePolicyQuery,
} from '../../../api/queries/users.js';
import { InlinePolicyPage } from '../../../components/inline-policy-editor/inline-policy-page.js';

export function UserInlinePolicyPage() {
  const params = useParams();
  const userName = params.name ?? '';
  return (
    <InlinePolicyPage
      existing={params.policyName}
      owner={{
        label: `user ${userName}`,
        href: `/users/${encodeURIComponent(userName)}`,
        quota: POLICY_SIZE_LIMITS.inlineUser,
        policyQuery: (policyName) => userInlinePolicyQuery(userName, policyName),
        policiesQuery: userInlinePoliciesQuery(userName),
        save: (policyName, document) => putUserInlinePolicy(userName, policyName, document),
        resource: 'user',
      }}
    />
  );
}
