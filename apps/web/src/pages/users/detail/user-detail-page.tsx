// `/users/:name`: one IAM user. Summary, then tabs: Permissions, Groups, Tags, Security credentials.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { loginProfileQuery, userQuery } from '../../../api/queries/users.js';
import type { User } from '../../../api/types.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { formatAge, formatDateTime } from '../../../components/format-date.js';
import { UserPermissionsTab } from './user-permissions-tab.js';
import { DeleteUsersModal } from '../delete-users-modal.js';

// Permissions is the default tab and ships with the page; the others load when first opened,
// which keeps the page's own JavaScript (and a deep link's wait) smaller.
const UserGroupsTab = lazy(async () => ({ default: (await import('./user-groups-tab.js')).UserGroupsTab }));
const UserTagsTab = lazy(async () => ({ default: (await import('./user-tags-tab.js')).UserTagsTab }));
const UserSecurityCredentialsTab = lazy(async () => ({
  default: (await import('./user-security-credentials-tab.js')).UserSecurityCredentialsTab,
}));

function LazyTab({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spinner />}>{children}</Suspense>;
}

const LastAccessedTab = lazy(async () => ({
  default: (await import('../../../components/last-accessed/last-accessed-tab.js')).LastAccessedTab,
}));

const TABS = ['permissions', 'groups', 'tags', 'security_credentials', 'access_advisor'] as const;

export function UserDetailPage() {
  const name = useParams().name ?? '';
  const user = useQuery(userQuery(name));
  const [params, setParams] = useSearchParams();
  const [deleting, setDeleting] = useState(false);
  const navigate = useNavigate();
  const requested = params.get('tab');
  const activeTab = TABS.find((t) => t === requested) ?? 'permissions';

  if (user.isPending) return <Spinner size="large" />;
  if (user.error) {
    return (
      <ContentLayout header={<Header variant="h1">{name}</Header>}>
        <ErrorPanel
          error={user.error}
          header={`User ${name} could not be loaded`}
          onRetry={() => user.refetch()}
        />
      </ContentLayout>
    );
  }

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                onClick={() =>
                  navigate(
                    `/access-analyzer/generate-policy?principalType=user&name=${encodeURIComponent(user.data.userName)}`,
                  )
                }
              >
                Generate policy
              </Button>
              <Button onClick={() => setDeleting(true)}>Delete</Button>
            </SpaceBetween>
          }
        >
          {user.data.userName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <UserSummary user={user.data} />
        <Tabs
          activeTabId={activeTab}
          onChange={({ detail }) => setParams({ tab: detail.activeTabId }, { replace: true })}
          ariaLabel="User details"
          tabs={[
            { id: 'permissions', label: 'Permissions', content: <UserPermissionsTab userName={name} /> },
            {
              id: 'groups',
              label: 'Groups',
              content: (
                <LazyTab>
                  <UserGroupsTab userName={name} />
                </LazyTab>
              ),
            },
            {
              id: 'tags',
              label: 'Tags',
              content: (
                <LazyTab>
                  <UserTagsTab userName={name} />
                </LazyTab>
              ),
            },
            {
              id: 'security_credentials',
              label: 'Security credentials',
              content: (
                <LazyTab>
                  <UserSecurityCredentialsTab user={user.data} />
                </LazyTab>
              ),
            },
            {
              id: 'access_advisor',
              label: 'Last Accessed',
              content: (
                <LazyTab>
                  <LastAccessedTab arn={user.data.arn} entityType="user" />
                </LazyTab>
              ),
            },
          ]}
        />
      </SpaceBetween>
      {deleting ? (
        <DeleteUsersModal
          users={[user.data]}
          onDismiss={() => setDeleting(false)}
          onDeleted={(names) => {
            if (names.length > 0) navigate('/users');
          }}
        />
      ) : null}
    </ContentLayout>
  );
}

function UserSummary({ user }: { user: User }) {
  const profile = useQuery(loginProfileQuery(user.userName));
  const consoleAccess = profile.isPending ? (
    <Spinner />
  ) : profile.error ? (
    <StatusIndicator type="error">Unknown</StatusIndicator>
  ) : profile.data ? (
    <StatusIndicator type="success">Enabled</StatusIndicator>
  ) : (
    <StatusIndicator type="stopped">Disabled</StatusIndicator>
  );
  return (
    <Container header={<Header variant="h2">Summary</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          {
            label: 'ARN',
            value: (
              <CopyToClipboard
                variant="inline"
                textToCopy={user.arn}
                copyButtonAriaLabel="Copy ARN"
                copySuccessText="ARN copied"
                copyErrorText="ARN failed to copy"
              />
            ),
          },
          { label: 'Console access', value: consoleAccess },
          { label: 'Created', value: formatDateTime(user.createDate) },
          { label: 'Path', value: user.path },
          { label: 'Last console sign-in', value: formatAge(user.passwordLastUsed) },
          { label: 'User ID', value: user.userId },
        ]}
      />
    </Container>
  );
}
