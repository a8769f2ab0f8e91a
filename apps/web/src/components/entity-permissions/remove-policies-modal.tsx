// "Remove" on a group's or role's Permissions tab: detaches managed policies and deletes inline
// ones (an inline policy exists only on its owner), reporting each failure by name.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotifications } from '../../app/notifications.js';
import { errorSummary } from '../format-api-error.js';
import type { EntityPermissionRow } from './entity-permission-rows.js';

export interface RemovePoliciesModalProps {
  entityName: string;
  rows: EntityPermissionRow[];
  detach: (policyArn: string) => Promise<unknown>;
  deleteInline: (policyName: string) => Promise<unknown>;
  invalidateKey: readonly unknown[];
  onDismiss: () => void;
  onRemoved: () => void;
}

export function RemovePoliciesModal(props: RemovePoliciesModalProps) {
  const { entityName, rows, detach, deleteInline, invalidateKey, onDismiss, onRemoved } = props;
  const [saving, setSaving] = useState(false);
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const deletesInline = rows.some((r) => r.type === 'Customer inline');

  async function remove() {
    setSaving(true);
    const done: string[] = [];
    for (const row of rows) {
      try {
        if (row.policyArn) await detach(row.policyArn);
        else await deleteInline(row.policyName);
        done.push(row.policyName);
      } catch (error) {
        notify({ type: 'error', header: `${row.policyName} was not removed`, content: errorSummary(error) });
      }
    }
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: invalidateKey }),
      queryClient.invalidateQueries({ queryKey: ['policies'] }),
    ]);
    if (done.length) notify({ type: 'success', content: `Removed from ${entityName}: ${done.join(', ')}.` });
    onRemoved();
    onDismiss();
  }

  return (
    <Modal
      visible
      header={rows.length === 1 ? `Remove ${rows[0]!.policyName}?` : `Remove ${rows.length} policies?`}
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
          {entityName} loses the permissions these policies grant.
          {deletesInline ? ` Inline policies are deleted: they exist only on ${entityName}.` : ''}
        </Box>
        <ul aria-label="Policies to remove">
          {rows.map((r) => (
            <li key={r.id}>
              <Box variant="code">{r.policyName}</Box> ({r.type})
            </li>
          ))}
        </ul>
      </SpaceBetween>
    </Modal>
  );
}
