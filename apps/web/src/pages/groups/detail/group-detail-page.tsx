// `/groups/:name`: one user group. Summary, then tabs: Users, Permissions.
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
import { lazy, Suspense, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { groupQuery } from '../../../api/groups-api.js';
import type { Group } from '../../../api/types.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { formatDateTime } from '../../../components/format-date.js';
import { GroupUsersTab } from './group-users-tab.js';

const DeleteGroupsModal = lazy(async () => ({
  default: (await import('../delete-groups-modal.js')).DeleteGroupsModal,
}));

// Loaded when the tab is first opened, so the page itself loads less.
const GroupPermissionsTab = lazy(async () => ({
  default: (await import('./group-permissions-tab.js')).GroupPermissionsTab,
}));

const LastAccessedTab = lazy(async () => ({
  default: (await import('../../../components/last-accessed/last-accessed-tab.js')).LastAccessedTab,
}));

const TABS = ['users', 'permissions', 'access-advisor'] as const;

export function GroupDetailPage() {
  const name = useParams().name ?? '';
  const group = useQuery(groupQuery(name));
  const [params, setParams] = useSearchParams();
  const [deleting, setDeleting] = useState(false);
  const navigate = useNavigate();
  const activeTab = TABS.find((t) => t === params.get('tab')) ?? 'users';

  if (group.isPending) return <Spinner size="large" />;
  if (group.error) {
    return (
      <ContentLayout header={<Header variant="h1">{name}</Header>}>
        <ErrorPanel
          error={group.error}
          header={`User group ${name} could not be loaded`}
          onRetry={() => void group.refetch()}
        />
      </ContentLayout>
    );
  }

  return (
    <ContentLayout
      header={
        <Header variant="h1" actions={<Button onClick={() => setDeleting(true)}>Delete</Button>}>
          {group.data.groupName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <GroupSummary group={group.data} />
        <Tabs
          activeTabId={activeTab}
          onChange={({ detail }) => setParams({ tab: detail.activeTabId }, { replace: true })}
          ariaLabel="User group details"
          tabs={[
            { id: 'users', label: 'Users', content: <GroupUsersTab groupName={name} /> },
            {
              id: 'permissions',
              label: 'Permissions',
              content: (
                <Suspense fallback={<Spinner />}>
                  <GroupPermissionsTab groupName={name} />
                </Suspense>
              ),
            },
            {
              id: 'access-advisor',
              label: 'Last Accessed',
              content: (
                <Suspense fallback={<Spinner />}>
                  <LastAccessedTab arn={group.data.arn} entityType="group" />
                </Suspense>
              ),
            },
          ]}
        />
      </SpaceBetween>
      {deleting ? (
        <Suspense fallback={null}>
          <DeleteGroupsModal
            groups={[group.data]}
            onDismiss={() => setDeleting(false)}
            onDeleted={(names) => {
              if (names.length) navigate('/groups');
            }}
          />
        </Suspense>
      ) : null}
    </ContentLayout>
  );
}

function GroupSummary({ group }: { group: Group }) {
  return (
    <Container header={<Header variant="h2">Summary</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'User group name', value: group.groupName },
          { label: 'Creation time', value: formatDateTime(group.createDate) },
          {
            label: 'ARN',
            value: (
              <CopyToClipboard
                variant="inline"
                textToCopy={group.arn}
                copyButtonAriaLabel="Copy ARN"
                copySuccessText="ARN copied"
                copyErrorText="ARN failed to copy"
              />
            ),
          },
          { label: 'Path', value: group.path },
          { label: 'Group ID', value: group.groupId },
        ]}
      />
    </Container>
  );
}
