// `/groups/:name/inline-policies/create` and `/groups/:name/inline-policies/:policyName`.
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import { POLICY_SIZE_LIMITS } from '@gatehouse/evaluator';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { groupDetailKey, groupInlinePolicyQuery, putGroupInlinePolicy } from '../../../api/groups-api.js';
import { groupInlinePoliciesQuery } from '../../../api/queries/groups.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { InlinePolicyForm } from '../../../components/inline-policy-editor/inline-policy-form.js';
import { inlinePolicySizeLimit } from '../../../components/inline-policy-editor/inline-policy-size-limit.js';

export function GroupInlinePolicyPage() {
  const params = useParams();
  const groupName = params.name ?? '';
  const existing = params.policyName;
  const saved = useQuery({
    ...groupInlinePolicyQuery(groupName, existing ?? ''),
    enabled: existing !== undefined,
  });
  const others = useQuery(groupInlinePoliciesQuery(groupName));

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
      ownerLabel={`group ${groupName}`}
      existingName={existing}
      savedDocument={saved.data?.document}
      sizeLimit={inlinePolicySizeLimit(POLICY_SIZE_LIMITS.inlineGroup, others.data?.items ?? [], existing)}
      backHref={`/groups/${encodeURIComponent(groupName)}?tab=permissions`}
      save={(policyName, document) => putGroupInlinePolicy(groupName, policyName, document)}
      invalidateKey={groupDetailKey(groupName)}
    />
  );
}
