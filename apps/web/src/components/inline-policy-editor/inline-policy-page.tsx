// The page of one inline policy of a user, group or role: loads the saved text (when editing)
// and the owner's other inline policies (they share one size quota), then shows the form.
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { InvalidatedResource } from '../../api/invalidation.js';
import type { InlinePolicy, InlinePolicySummary, Page } from '../../api/types.js';
import { ErrorPanel } from '../error-panel.js';
import { InlinePolicyForm } from './inline-policy-form.js';
import { inlinePolicySizeLimit } from './inline-policy-size-limit.js';

export interface InlinePolicyOwner<PolicyKey extends QueryKey, ListKey extends QueryKey> {
  /** e.g. `group admins`. */
  label: string;
  /** The owner's page, where Cancel and a successful save go. */
  href: string;
  /** The owner kind's quota for all its inline policies together, e.g. `POLICY_SIZE_LIMITS.inlineRole`. */
  quota: number;
  policyQuery: (policyName: string) => UseQueryOptions<InlinePolicy, Error, InlinePolicy, PolicyKey>;
  policiesQuery: UseQueryOptions<Page<InlinePolicySummary>, Error, Page<InlinePolicySummary>, ListKey>;
  save: (policyName: string, document: string) => Promise<unknown>;
  /** The owner's kind, for the invalidation map. */
  resource: InvalidatedResource;
}

/** `existing` is the policy name from the URL when editing, undefined when creating. */
export function InlinePolicyPage<PolicyKey extends QueryKey, ListKey extends QueryKey>({
  owner,
  existing,
}: {
  owner: InlinePolicyOwner<PolicyKey, ListKey>;
  existing: string | undefined;
}) {
  const saved = useQuery({ ...owner.policyQuery(existing ?? ''), enabled: existing !== undefined });
  const others = useQuery(owner.policiesQuery);

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
      ownerLabel={owner.label}
      existingName={existing}
      savedDocument={saved.data?.document}
      sizeLimit={inlinePolicySizeLimit(owner.quota, others.data?.items ?? [], existing)}
      backHref={`${owner.href}?tab=permissions`}
      save={owner.save}
      resource={owner.resource}
    />
  );
}
