import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteUserInlinePolicy, detachUserPolicy, userKeys } from '../../../api/queries/users.js';
import { useNotifications } from '../../../app/notifications.js';
import { errorSummary } from '../../../components/format-api-error.js';
import type { PermissionRow } from './permission-rows.js';

interface RemovePoliciesModalProps {
  userName: string;
  rows: PermissionRow[];
  onDismiss: () => void;
  onRemoved: () => void;
}

/** Detaches managed policies and deletes inline ones (an inline policy exists only on this user). */
export function RemovePoliciesModal({ userName, rows, onDismiss, onRemoved }: RemovePoliciesModalProps) {
  const [saving, setSaving] = useState(false);
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const direct = rows.filter((r) => r.groupName === undefined);
  const deletesInline = direct.some((r) => r.type === 'Customer inline');

  async function remove() {
    setSaving(true);
    const done: string[] = [];
    for (const row of direct) {
      try {
        if (row.policyArn) await detachUserPolicy(userName, row.policyArn);
        else await deleteUserInlinePolicy(userName, row.policyName);
        done.push(row.policyName);
      } catch (error) {
        notify({ type: 'error', header: `${row.policyName} was not removed`, content: errorSummary(error) });
      }
    }
    await queryClient.invalidateQueries({ queryKey: userKeys.detail(userName) });
    if (done.length) notify({ type: 'success', content: `Removed from ${userName}: ${done.join(', ')}.` });
    onRemoved();
    onDismiss();
  }

  return (
    <Modal
      visible
      header={direct.length === 1 ? `Remove ${direct[0]!.policyName}?` : `Remove ${direct.length} policies?`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={saving}>
              Cancel
            </Button>
            <Button variant="primary" loading={saving} onClick={() => void remove()}>
              Remove
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="s">
        <Box variant="p">
          {userName} loses the permissions these policies grant.
          {deletesInline ? ' Inline policies are deleted: they exist only on this user.' : ''}
        </Box>
        <ul aria-label="Policies to remove">
          {direct.map((r) => (
            <li key={r.id}>
              <Box variant="code">{r.policyName}</Box> ({r.type})
            </li>
          ))}
        </ul>
      </SpaceBetween>
    </Modal>
  );
}
