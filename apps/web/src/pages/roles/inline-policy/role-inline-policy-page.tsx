// `/roles/:name/inline-policies/create` and `/roles/:name/inline-policies/:policyName`.
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import { POLICY_SIZE_LIMITS } from '@gatehouse/evaluator';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import {
  putRoleInlinePolicy,
  roleInlinePoliciesQuery,
  roleInlinePolicyQuery,
  roleKeys,
} from '../../../api/roles-api.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { InlinePolicyForm } from '../../../components/inline-policy-editor/inline-policy-form.js';
import { inlinePolicySizeLimit } from '../../../components/inline-policy-editor/inline-policy-size-limit.js';

export function RoleInlinePolicyPage() {
  const params = useParams();
  const roleName = params.name ?? '';
  const existing = params.policyName;
  const saved = useQuery({
    ...roleInlinePolicyQuery(roleName, existing ?? ''),
    enabled: existing !== undefined,
  });
  const others = useQuery(roleInlinePoliciesQuery(roleName));

  if (existing && saved.isPending) return <Spinner size="large" />;
  if (existing && saved.error) {
    return (
      <ContentLayout header={<Header variant="h1">{`Edit ${existing}`}</Header>}>
        <ErrorPanel error={saved.error} header={`Inline policy ${existing} could not be loaded`} />
      </ContentLayout>
    );
  }
  return (
    <InlinePolicyForm
      key={existing ?? 'new'}
      ownerLabel={`role ${roleName}`}
      existingName={existing}
      savedDocument={saved.data?.document}
      sizeLimit={inlinePolicySizeLimit(POLICY_SIZE_LIMITS.inlineRole, others.data?.items ?? [], existing)}
      backHref={`/roles/${encodeURIComponent(roleName)}?tab=permissions`}
      save={(policyName, document) => putRoleInlinePolicy(roleName, policyName, document)}
      invalidateKey={roleKeys.detail(roleName)}
    />
  );
}
