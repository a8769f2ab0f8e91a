// `/roles/:name`: one IAM role. Summary (ARN, last activity, description and maximum session
// duration, both editable), then tabs: Permissions, Trust relationships, Tags, Revoke sessions.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { SwitchRoleLink } from '../../../components/switch-role/switch-role-link.js';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { roleQuery } from '../../../api/roles-api.js';
import type { Role } from '../../../api/roles-types.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { formatAge, formatDateTime } from '../../../components/format-date.js';
import { formatSessionDuration } from '../role-fields.js';
import { RolePermissionsTab } from './role-permissions-tab.js';

const DeleteRolesModal = lazy(async () => ({
  default: (await import('../delete-roles-modal.js')).DeleteRolesModal,
}));

// Loaded when first used, so the page itself loads less.
// The trust tab (policy parsing, statement viewer) loads when opened: Permissions is the default.
const RoleTrustTab = lazy(async () => ({ default: (await import('./role-trust-tab.js')).RoleTrustTab }));
const EditRoleModal = lazy(async () => ({ default: (await import('./edit-role-modal.js')).EditRoleModal }));
const RoleTagsTab = lazy(async () => ({ default: (await import('./role-tags-tab.js')).RoleTagsTab }));
const RevokeSessionsTab = lazy(async () => ({
  default: (await import('./revoke-sessions-tab.js')).RevokeSessionsTab,
}));

const LastAccessedTab = lazy(async () => ({
  default: (await import('../../../components/last-accessed/last-accessed-tab.js')).LastAccessedTab,
}));

const TABS = ['permissions', 'trust', 'tags', 'access-advisor', 'revoke-sessions'] as const;

export function RoleDetailPage() {
  const name = useParams().name ?? '';
  const role = useQuery(roleQuery(name));
  const [params, setParams] = useSearchParams();
  const [deleting, setDeleting] = useState(false);
  const navigate = useNavigate();
  const activeTab = TABS.find((t) => t === params.get('tab')) ?? 'permissions';

  if (role.isPending) return <Spinner size="large" />;
  if (role.error) {
    return (
      <ContentLayout header={<Header variant="h1">{name}</Header>}>
        <ErrorPanel
          error={role.error}
          header={`Role ${name} could not be loaded`}
          onRetry={() => void role.refetch()}
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
                    `/access-analyzer/generate-policy?principalType=role&name=${encodeURIComponent(role.data.roleName)}`,
                  )
                }
              >
                Generate policy
              </Button>
              <Button onClick={() => setDeleting(true)}>Delete</Button>
            </SpaceBetween>
          }
        >
          {role.data.roleName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <RoleSummary role={role.data} />
        <Tabs
          activeTabId={activeTab}
          onChange={({ detail }) => setParams({ tab: detail.activeTabId }, { replace: true })}
          ariaLabel="Role details"
          tabs={[
            { id: 'permissions', label: 'Permissions', content: <RolePermissionsTab role={role.data} /> },
            {
              id: 'trust',
              label: 'Trust relationships',
              content: (
                <Suspense fallback={<Spinner />}>
                  <RoleTrustTab role={role.data} />
                </Suspense>
              ),
            },
            {
              id: 'tags',
              label: 'Tags',
              content: (
                <Suspense fallback={<Spinner />}>
                  <RoleTagsTab roleName={name} />
                </Suspense>
              ),
            },
            {
              id: 'access-advisor',
              label: 'Last Accessed',
              content: (
                <Suspense fallback={<Spinner />}>
                  <LastAccessedTab arn={role.data.arn} entityType="role" />
                </Suspense>
              ),
            },
            {
              id: 'revoke-sessions',
              label: 'Revoke sessions',
              content: (
                <Suspense fallback={<Spinner />}>
                  <RevokeSessionsTab roleName={role.data.roleName} />
                </Suspense>
              ),
            },
          ]}
        />
      </SpaceBetween>
      {deleting ? (
        <Suspense fallback={null}>
          <DeleteRolesModal
            roleNames={[role.data.roleName]}
            onDismiss={() => setDeleting(false)}
            onDeleted={(names) => {
              if (names.length) navigate('/roles');
            }}
          />
        </Suspense>
      ) : null}
    </ContentLayout>
  );
}

function RoleSummary({ role }: { role: Role }) {
  const [editing, setEditing] = useState(false);
  return (
    <Container
      header={
        <Header variant="h2" actions={<Button onClick={() => setEditing(true)}>Edit</Button>}>
          Summary
        </Header>
      }
    >
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Creation date', value: formatDateTime(role.createDate) },
          {
            label: 'ARN',
            value: (
              <CopyToClipboard
                variant="inline"
                textToCopy={role.arn}
                copyButtonAriaLabel="Copy ARN"
                copySuccessText="ARN copied"
                copyErrorText="ARN failed to copy"
              />
            ),
          },
          { label: 'Last activity', value: formatAge(role.roleLastUsed) },
          { label: 'Maximum session duration', value: formatSessionDuration(role.maxSessionDuration) },
          {
            label: 'Description',
            value: role.description ? (
              <Box variant="span" data-testid="role-description">
                {role.description}
              </Box>
            ) : (
              '-'
            ),
          },
          { label: 'Path', value: role.path },
          { label: 'Link to switch roles in console', value: <SwitchRoleLink roleName={role.roleName} /> },
          { label: 'Role ID', value: role.roleId },
        ]}
      />
      {editing ? (
        <Suspense fallback={null}>
          <EditRoleModal role={role} onDismiss={() => setEditing(false)} />
        </Suspense>
      ) : null}
    </Container>
  );
}
