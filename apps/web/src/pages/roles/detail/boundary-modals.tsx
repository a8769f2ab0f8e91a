// The permissions boundary dialogs: set (pick a single managed policy) and remove. Their own
// chunk: the policy picker loads when a dialog opens.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  deleteRolePermissionsBoundary,
  putRolePermissionsBoundary,
  roleKeys,
} from '../../../api/roles-api.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PolicyPicker, type PickedPolicy } from '../../../components/pickers/policy-picker.js';

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

export function SetBoundaryModal(props: { roleName: string; current?: string; onDismiss: () => void }) {
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

export function RemoveBoundaryModal(props: { roleName: string; policyName: string; onDismiss: () => void }) {
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
