// `/policies/:arn`: one managed policy. Summary, then tabs: Permissions (the default version),
// Entities attached, Policy versions, Tags.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { policyQuery } from '../../../api/policies-api.js';
import type { ManagedPolicy } from '../../../api/types.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { formatDateTime } from '../../../components/format-date.js';
import { policyTypeLabel, usageSummary } from '../policy-labels.js';
import { policyNameFromArn } from '../policy-links.js';
import { PolicyPermissionsTab } from './policy-permissions-tab.js';

const DeletePolicyModal = lazy(async () => ({
  default: (await import('../delete-policy-modal.js')).DeletePolicyModal,
}));

// The tabs after the first load when opened, so the page itself loads less.
const PolicyEntitiesTab = lazy(async () => ({
  default: (await import('./policy-entities-tab.js')).PolicyEntitiesTab,
}));
const PolicyVersionsTab = lazy(async () => ({
  default: (await import('./policy-versions-tab.js')).PolicyVersionsTab,
}));
const PolicyTagsTab = lazy(async () => ({ default: (await import('./policy-tags-tab.js')).PolicyTagsTab }));

const later = (content: ReactNode) => <Suspense fallback={<Spinner />}>{content}</Suspense>;

const LastAccessedTab = lazy(async () => ({
  default: (await import('../../../components/last-accessed/last-accessed-tab.js')).LastAccessedTab,
}));

const TABS = ['permissions', 'entities', 'versions', 'tags', 'access-advisor'] as const;

export function PolicyDetailPage() {
  const arn = useParams().arn ?? '';
  const policy = useQuery(policyQuery(arn));
  const [params, setParams] = useSearchParams();
  const [deleting, setDeleting] = useState(false);
  const navigate = useNavigate();
  const activeTab = TABS.find((t) => t === params.get('tab')) ?? 'permissions';

  if (policy.isPending) return <Spinner size="large" />;
  if (policy.error) {
    const name = policyNameFromArn(arn);
    return (
      <ContentLayout header={<Header variant="h1">{name}</Header>}>
        <ErrorPanel
          error={policy.error}
          header={`Policy ${name} could not be loaded`}
          onRetry={() => void policy.refetch()}
        />
      </ContentLayout>
    );
  }
  const aws = policy.data.scope === 'AWS';

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={policy.data.description || undefined}
          actions={
            <Button
              onClick={() => setDeleting(true)}
              disabled={aws}
              disabledReason="AWS managed policies cannot be deleted."
            >
              Delete
            </Button>
          }
        >
          {policy.data.policyName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <PolicySummary policy={policy.data} />
        <Tabs
          activeTabId={activeTab}
          onChange={({ detail }) => setParams({ tab: detail.activeTabId }, { replace: true })}
          ariaLabel="Policy details"
          tabs={[
            {
              id: 'permissions',
              label: 'Permissions',
              content: <PolicyPermissionsTab policy={policy.data} />,
            },
            {
              id: 'entities',
              label: 'Entities attached',
              content: later(<PolicyEntitiesTab policy={policy.data} />),
            },
            {
              id: 'versions',
              label: 'Policy versions',
              content: later(<PolicyVersionsTab policy={policy.data} />),
            },
            ...(aws
              ? []
              : [{ id: 'tags', label: 'Tags', content: later(<PolicyTagsTab policy={policy.data} />) }]),
            {
              id: 'access-advisor',
              label: 'Last Accessed',
              content: later(<LastAccessedTab arn={policy.data.arn} entityType="policy" />),
            },
          ]}
        />
      </SpaceBetween>
      {deleting ? (
        <Suspense fallback={null}>
          <DeletePolicyModal
            policy={policy.data}
            onDismiss={() => setDeleting(false)}
            onDeleted={() => navigate('/policies')}
          />
        </Suspense>
      ) : null}
    </ContentLayout>
  );
}

function PolicySummary({ policy }: { policy: ManagedPolicy }) {
  return (
    <Container header={<Header variant="h2">Policy details</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Type', value: policyTypeLabel(policy) },
          { label: 'Creation time', value: formatDateTime(policy.createDate) },
          { label: 'Edited time', value: formatDateTime(policy.updateDate) },
          {
            label: 'ARN',
            value: (
              <CopyToClipboard
                variant="inline"
                textToCopy={policy.arn}
                copyButtonAriaLabel="Copy ARN"
                copySuccessText="ARN copied"
                copyErrorText="ARN failed to copy"
              />
            ),
          },
          { label: 'Default version', value: policy.defaultVersionId },
          { label: 'Used as', value: usageSummary(policy) },
          { label: 'Description', value: policy.description || '-' },
          { label: 'Path', value: policy.path },
          { label: 'Policy ID', value: policy.policyId },
        ]}
      />
    </Container>
  );
}
