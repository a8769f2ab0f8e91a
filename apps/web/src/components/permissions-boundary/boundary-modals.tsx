// The permissions boundary dialogs of a user or a role: set (pick a single managed policy) and
// remove. Their own chunk: the policy picker loads when a dialog opens.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { deleteUserPermissionsBoundary, putUserPermissionsBoundary } from '../../api/queries/users.js';
import { deleteRolePermissionsBoundary, putRolePermissionsBoundary } from '../../api/roles-api.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../error-panel.js';
import { PolicyPicker, type PickedPolicy } from '../pickers/policy-picker.js';

/** Whose boundary: a user's or a role's. */
export interface BoundaryTarget {
  kind: 'user' | 'role';
  name: string;
}

const putBoundary = (t: BoundaryTarget, arn: string) =>
  t.kind === 'user' ? putUserPermissionsBoundary(t.name, arn) : putRolePermissionsBoundary(t.name, arn);
const deleteBoundary = (t: BoundaryTarget) =>
  t.kind === 'user' ? deleteUserPermissionsBoundary(t.name) : deleteRolePermissionsBoundary(t.name);

function useBoundaryChange(target: BoundaryTarget, onDismiss: () => void) {
  const { notify } = useNotifications();
  // The policy's "used as" counts change too.
  const change = useWriteMutation([target.kind, 'policy'], {
    mutationFn: ({ write }: { write: () => Promise<unknown>; success: string }) => write(),
    onSuccess: (_data, { success }) => {
      notify({ type: 'success', content: success });
      onDismiss();
    },
  });
  const run = (write: () => Promise<unknown>, success: string) => change.mutate({ write, success });
  return { saving: change.isPending, error: change.error, run };
}

export function SetBoundaryModal(props: { target: BoundaryTarget; current?: string; onDismiss: () => void }) {
  const { target, current, onDismiss } = props;
  const roleName = target.name;
  const [picked, setPicked] = useState<PickedPolicy[]>([]);
  const { saving, error, run } = useBoundaryChange(target, onDismiss);
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
                  () => putBoundary(target, choice.arn),
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

export function RemoveBoundaryModal(props: {
  target: BoundaryTarget;
  policyName: string;
  onDismiss: () => void;
}) {
  const { target, policyName, onDismiss } = props;
  const roleName = target.name;
  const { saving, error, run } = useBoundaryChange(target, onDismiss);
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
                void run(() => deleteBoundary(target), `Permissions boundary removed from ${roleName}.`)
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
          Without the boundary <Box variant="code">{policyName}</Box>, the {target.kind}&apos;s identity
          policies alone decide what it may do: it may gain permissions.
        </Box>
        {error ? <ErrorPanel error={error} header="The boundary was not removed" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
