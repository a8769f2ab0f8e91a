// "Permissions boundary": a managed policy that caps what the role's identity policies can
// grant. Set one (pick a single policy), change it, or remove it.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  deleteRolePermissionsBoundary,
  putRolePermissionsBoundary,
  roleKeys,
} from '../../../api/roles-api.js';
import type { Role } from '../../../api/roles-types.js';
import { useNotifications } from '../../../app/notifications.js';
import { useFollow } from '../../../app/use-follow.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PolicyPicker, type PickedPolicy } from '../../../components/pickers/policy-picker.js';

export function PermissionsBoundarySection({ role }: { role: Role }) {
  const follow = useFollow();
  const [modal, setModal] = useState<'set' | 'remove' | null>(null);
  const boundary = role.permissionsBoundary ?? null;
  const boundaryName = boundary ? (boundary.policyName ?? boundary.policyArn.split('/').pop()) : undefined;

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="A managed policy that sets the most permissions the role's identity policies can grant."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {boundary ? <Button onClick={() => setModal('remove')}>Remove boundary</Button> : null}
              <Button onClick={() => setModal('set')}>
                {boundary ? 'Change boundary' : 'Set permissions boundary'}
              </Button>
            </SpaceBetween>
          }
        >
          {boundary ? 'Permissions boundary (set)' : 'Permissions boundary (not set)'}
        </Header>
      }
    >
      {boundary ? (
        <KeyValuePairs
          columns={2}
          items={[
            {
              label: 'Policy name',
              value: (
                <Link href={`/policies/${encodeURIComponent(boundary.policyArn)}`} onFollow={follow}>
                  {boundaryName}
                </Link>
              ),
            },
            { label: 'Policy ARN', value: boundary.policyArn },
          ]}
        />
      ) : (
        <Box color="text-body-secondary">
          No boundary: the role&apos;s identity policies alone decide what it may do.
        </Box>
      )}
      {modal === 'set' ? (
        <SetBoundaryModal
          roleName={role.roleName}
          current={boundary?.policyArn}
          onDismiss={() => setModal(null)}
        />
      ) : null}
      {modal === 'remove' && boundaryName ? (
        <RemoveBoundaryModal
          roleName={role.roleName}
          policyName={boundaryName}
          onDismiss={() => setModal(null)}
        />
      ) : null}
    </Container>
  );
}

function useBoundaryChange(roleName: string, onDismiss: () => void) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  async function run(change: () => Promise<unknown>, success: string) {
    setSaving(true);
    setError(null);
    try {
      await change();
      await queryClient.invalidateQueries({ queryKey: roleKeys.detail(roleName) });
      notify({ type: 'success', content: success });
      onDismiss();
    } catch (caught) {
      setError(caught);
      setSaving(false);
    }
  }
  return { saving, error, run };
}

function SetBoundaryModal(props: { roleName: string; current?: string; onDismiss: () => void }) {
  const { roleName, current, onDismiss } = props;
  const [picked, setPicked] = useState<PickedPolicy[]>([]);
  const { saving, error, run } = useBoundaryChange(roleName, onDismiss);
  const choice = picked[0];
  return (
    <Modal
      visible
      size="max"
      header={`Set permissions boundary of ${roleName}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={saving}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!choice}
              loading={saving}
              onClick={() =>
                choice &&
                void run(
                  () => putRolePermissionsBoundary(roleName, choice.arn),
                  `${choice.policyName} is now the permissions boundary of ${roleName}.`,
                )
              }
            >
              Set boundary
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorPanel error={error} header="The boundary was not set" /> : null}
        <PolicyPicker
          selected={picked}
          onChange={setPicked}
          selectionType="single"
          attached={current ? [current] : []}
          header="Choose the boundary policy"
        />
      </SpaceBetween>
    </Modal>
  );
}

function RemoveBoundaryModal(props: { roleName: string; policyName: string; onDismiss: () => void }) {
  const { roleName, policyName, onDismiss } = props;
  const { saving, error, run } = useBoundaryChange(roleName, onDismiss);
  return (
    <Modal
      visible
      header={`Remove the permissions boundary of ${roleName}?`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={saving}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={saving}
              onClick={() =>
                void run(
                  () => deleteRolePermissionsBoundary(roleName),
                  `Permissions boundary removed from ${roleName}.`,
                )
              }
            >
              Remove boundary
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          Without the boundary <Box variant="code">{policyName}</Box>, the role&apos;s identity policies alone
          decide what it may do: it may gain permissions.
        </Box>
        {error ? <ErrorPanel error={error} header="The boundary was not removed" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
