// The Multi-factor authentication (MFA) table: the owner's virtual MFA devices, assign one,
// remove one (an administrator can remove a user's device).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import {
  deleteMfaDevice,
  mfaDevicesQuery,
  type CredentialOwner,
  type MfaDevice,
} from '../../api/credentials-api.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../confirm-delete-modal.js';
import { ErrorPanel } from '../error-panel.js';
import { formatDateTime } from '../format-date.js';

// The enrolment wizard (with the QR encoder) and resync load when first opened.
const AssignMfaModal = lazy(async () => ({
  default: (await import('./assign-mfa-modal.js')).AssignMfaModal,
}));
const ResyncMfaModal = lazy(async () => ({
  default: (await import('./resync-mfa-modal.js')).ResyncMfaModal,
}));

/** The device's name: the last part of its serial number (`arn:aws:iam::…:mfa/<name>`). */
export function mfaDeviceName(serialNumber: string): string {
  return serialNumber.split('/').pop() ?? serialNumber;
}

export function MfaDevicesSection({ owner }: { owner: CredentialOwner }) {
  const devices = useQuery(mfaDevicesQuery(owner));
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState<MfaDevice | null>(null);
  const [resyncing, setResyncing] = useState<MfaDevice | null>(null);
  const items = devices.data ?? [];
  return (
    <>
      <Table
        variant="container"
        ariaLabels={{ tableLabel: 'MFA devices' }}
        loading={devices.isPending}
        loadingText="Loading MFA devices"
        items={items}
        trackBy="serialNumber"
        header={
          <Header
            variant="h2"
            counter={devices.data ? `(${items.length})` : undefined}
            description="Use multi-factor authentication (MFA) to increase the security of your AWS-compatible environment. Signing in with MFA requires an authentication code from an MFA device."
            actions={
              <Button onClick={() => setAssigning(true)} disabled={!devices.data}>
                Assign MFA device
              </Button>
            }
          >
            Multi-factor authentication (MFA)
          </Header>
        }
        columnDefinitions={[
          { id: 'type', header: 'Device type', cell: () => 'Virtual' },
          {
            id: 'identifier',
            header: 'Identifier',
            cell: (d) => <Box variant="code">{d.serialNumber}</Box>,
            isRowHeader: true,
          },
          {
            id: 'status',
            header: 'Status',
            cell: (d) =>
              d.enableDate ? (
                <StatusIndicator type="success">Assigned</StatusIndicator>
              ) : (
                <StatusIndicator type="pending">Not activated</StatusIndicator>
              ),
          },
          { id: 'created', header: 'Created on', cell: (d) => formatDateTime(d.enableDate ?? d.createDate) },
          {
            id: 'actions',
            header: 'Actions',
            cell: (d) => (
              <SpaceBetween direction="horizontal" size="xs">
                {d.enableDate ? (
                  <Button
                    variant="inline-link"
                    ariaLabel={`Resync MFA device ${mfaDeviceName(d.serialNumber)}`}
                    onClick={() => setResyncing(d)}
                  >
                    Resync
                  </Button>
                ) : null}
                <Button
                  variant="inline-link"
                  ariaLabel={`Remove MFA device ${mfaDeviceName(d.serialNumber)}`}
                  onClick={() => setRemoving(d)}
                >
                  Remove
                </Button>
              </SpaceBetween>
            ),
          },
        ]}
        empty={
          devices.error ? (
            <ErrorPanel error={devices.error} header="MFA devices could not be loaded" />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No MFA devices</b>
              <Box variant="p" color="inherit">
                Assign an MFA device to improve the security of this identity.
              </Box>
            </Box>
          )
        }
      />
      {assigning ? (
        <Suspense fallback={null}>
          <AssignMfaModal owner={owner} onDismiss={() => setAssigning(false)} />
        </Suspense>
      ) : null}
      {resyncing ? (
        <Suspense fallback={null}>
          <ResyncMfaModal
            owner={owner}
            device={resyncing}
            name={mfaDeviceName(resyncing.serialNumber)}
            onDismiss={() => setResyncing(null)}
          />
        </Suspense>
      ) : null}
      {removing ? (
        <RemoveMfaModal owner={owner} device={removing} onDismiss={() => setRemoving(null)} />
      ) : null}
    </>
  );
}

function RemoveMfaModal(props: { owner: CredentialOwner; device: MfaDevice; onDismiss: () => void }) {
  const { owner, device, onDismiss } = props;
  const { notify } = useNotifications();
  const name = mfaDeviceName(device.serialNumber);
  const remove = useWriteMutation('credentials', {
    mutationFn: () => deleteMfaDevice(owner, device.serialNumber),
    onSuccess: () => {
      notify({ type: 'success', content: `MFA device ${name} removed.` });
      onDismiss();
    },
  });

  return (
    <ConfirmDeleteModal
      visible
      header={`Remove MFA device ${name}?`}
      confirmationText="remove"
      actionLabel="Remove"
      deleting={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate()}
      onDismiss={onDismiss}
    >
      Signing in will no longer ask for a code from this device. Policies that require MFA will deny requests
      from sessions without it.
    </ConfirmDeleteModal>
  );
}
