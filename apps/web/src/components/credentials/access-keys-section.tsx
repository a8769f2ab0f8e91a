// The Access keys table of a Security credentials view: create (at most two), activate,
// deactivate and delete, with each key's age flagged past the 90-day rotation threshold.
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import {
  accessKeysQuery,
  deleteAccessKey,
  updateAccessKey,
  type AccessKey,
  type CredentialOwner,
} from '../../api/credentials-api.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../confirm-delete-modal.js';
import { ErrorPanel } from '../error-panel.js';
import { formatAge, formatDateTime } from '../format-date.js';
import { useAccessKeyDescriptions } from './access-key-descriptions.js';
import { ageInDays, dueForRotation, formatAgeInDays, ROTATION_DAYS } from './credential-age.js';

// The create flow (with its one-time secret view) loads when first opened.
const CreateAccessKeyModal = lazy(async () => ({
  default: (await import('./create-access-key-modal.js')).CreateAccessKeyModal,
}));

export const MAX_ACCESS_KEYS = 2;

interface AccessKeysSectionProps {
  owner: CredentialOwner;
  /** The root user's own keys: AWS advises against them, the create flow warns. */
  root?: boolean;
}

export function AccessKeysSection({ owner, root = false }: AccessKeysSectionProps) {
  const keys = useQuery(accessKeysQuery(owner));
  const descriptions = useAccessKeyDescriptions(owner);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<AccessKey | null>(null);
  const { notify } = useNotifications();
  const items = keys.data ?? [];
  const full = items.length >= MAX_ACCESS_KEYS;

  const changeStatus = useWriteMutation('credentials', {
    mutationFn: ({ key, status }: { key: AccessKey; status: AccessKey['status'] }) =>
      updateAccessKey(owner, key.accessKeyId, status),
    onSuccess: (_data, { key, status }) =>
      notify({
        type: 'success',
        content: `Access key ${key.accessKeyId} ${status === 'Active' ? 'activated' : 'deactivated'}.`,
      }),
  });
  const error = changeStatus.error;
  const setStatus = (key: AccessKey, status: AccessKey['status']) => changeStatus.mutate({ key, status });

  return (
    <SpaceBetween size="s">
      {error ? <ErrorPanel error={error} header="The access key was not changed" /> : null}
      <Table
        variant="container"
        ariaLabels={{ tableLabel: 'Access keys' }}
        loading={keys.isPending}
        loadingText="Loading access keys"
        items={items}
        trackBy="accessKeyId"
        header={
          <Header
            variant="h2"
            counter={keys.data ? `(${items.length})` : undefined}
            description={`Use access keys to send programmatic calls to AWS-compatible APIs. You can have a maximum of ${MAX_ACCESS_KEYS} access keys (active or inactive) at a time.`}
            actions={
              <Button onClick={() => setCreating(true)} disabled={!keys.data || full}>
                Create access key
              </Button>
            }
          >
            Access keys
          </Header>
        }
        columnDefinitions={[
          {
            id: 'id',
            header: 'Access key ID',
            cell: (k) => <Box variant="code">{k.accessKeyId}</Box>,
            isRowHeader: true,
          },
          {
            id: 'description',
            header: 'Description',
            cell: (k) => descriptions.get(k.accessKeyId) ?? '-',
          },
          {
            id: 'status',
            header: 'Status',
            cell: (k) =>
              k.status === 'Active' ? (
                <StatusIndicator type="success">Active</StatusIndicator>
              ) : (
                <StatusIndicator type="stopped">Inactive</StatusIndicator>
              ),
          },
          { id: 'created', header: 'Created', cell: (k) => formatDateTime(k.createDate) },
          { id: 'age', header: 'Age', cell: (k) => <KeyAge createDate={k.createDate} /> },
          {
            id: 'lastUsed',
            header: 'Last used',
            cell: (k) =>
              k.lastUsed
                ? `${formatAge(k.lastUsed.date)} (${k.lastUsed.serviceName}, ${k.lastUsed.region})`
                : 'Never',
          },
          {
            id: 'actions',
            header: 'Actions',
            cell: (k) => (
              <ButtonDropdown
                variant="inline-icon"
                ariaLabel={`Actions for access key ${k.accessKeyId}`}
                expandToViewport
                items={[
                  k.status === 'Active'
                    ? { id: 'deactivate', text: 'Deactivate' }
                    : { id: 'activate', text: 'Activate' },
                  { id: 'delete', text: 'Delete' },
                ]}
                onItemClick={({ detail }) => {
                  if (detail.id === 'delete') setDeleting(k);
                  else setStatus(k, detail.id === 'activate' ? 'Active' : 'Inactive');
                }}
              />
            ),
          },
        ]}
        empty={
          keys.error ? (
            <ErrorPanel error={keys.error} header="Access keys could not be loaded" />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No access keys</b>
              <Box variant="p" color="inherit">
                As a best practice, avoid using long-term credentials like access keys.
              </Box>
            </Box>
          )
        }
      />
      {creating ? (
        <Suspense fallback={null}>
          <CreateAccessKeyModal owner={owner} root={root} onDismiss={() => setCreating(false)} />
        </Suspense>
      ) : null}
      {deleting ? (
        <DeleteAccessKeyModal owner={owner} accessKey={deleting} onDismiss={() => setDeleting(null)} />
      ) : null}
    </SpaceBetween>
  );
}

function KeyAge({ createDate }: { createDate: string }) {
  const days = ageInDays(createDate);
  if (!dueForRotation(createDate)) return <>{formatAgeInDays(days)}</>;
  return (
    <SpaceBetween direction="horizontal" size="xxs">
      <span>{formatAgeInDays(days)}</span>
      <Badge color="severity-medium">{`Older than ${ROTATION_DAYS} days`}</Badge>
    </SpaceBetween>
  );
}

function DeleteAccessKeyModal(props: {
  owner: CredentialOwner;
  accessKey: AccessKey;
  onDismiss: () => void;
}) {
  const { owner, accessKey, onDismiss } = props;
  const { notify } = useNotifications();
  const remove = useWriteMutation('credentials', {
    mutationFn: () => deleteAccessKey(owner, accessKey.accessKeyId),
    onSuccess: () => {
      notify({ type: 'success', content: `Access key ${accessKey.accessKeyId} deleted.` });
      onDismiss();
    },
  });

  return (
    <ConfirmDeleteModal
      visible
      header={`Delete ${accessKey.accessKeyId}?`}
      confirmationText={accessKey.accessKeyId}
      deleting={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate()}
      onDismiss={onDismiss}
    >
      {accessKey.status === 'Active'
        ? 'This key is active: anything that still signs requests with it stops working. '
        : null}
      Deleting an access key is permanent; it cannot be recovered.
    </ConfirmDeleteModal>
  );
}
