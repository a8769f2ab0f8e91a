// "Remove" on a user's, group's or role's Permissions tab: detaches managed policies and deletes inline
// ones (an inline policy exists only on its owner), reporting each failure by name.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { InvalidatedResource } from '../../api/invalidation.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { errorSummary } from '../format-api-error.js';
import type { EntityPermissionRow } from './entity-permission-rows.js';

export interface RemovePoliciesModalProps {
  entityName: string;
  rows: EntityPermissionRow[];
  detach: (policyArn: string) => Promise<unknown>;
  deleteInline: (policyName: string) => Promise<unknown>;
  /** What kind of entity it is: its entry in the invalidation map says what to refresh. */
  resource: InvalidatedResource;
  onDismiss: () => void;
  onRemoved: () => void;
}

export function RemovePoliciesModal(props: RemovePoliciesModalProps) {
  const { entityName, rows, detach, deleteInline, resource, onDismiss, onRemoved } = props;
  const { notify } = useNotifications();
  const deletesInline = rows.some((r) => r.type === 'Customer inline');

  const remove = useWriteMutation(resource, {
    mutationFn: async () => {
      const done: string[] = [];
      for (const row of rows) {
        try {
          if (row.policyArn) await detach(row.policyArn);
          else await deleteInline(row.policyName);
          done.push(row.policyName);
        } catch (error) {
          notify({
            type: 'error',
            header: `${row.policyName} was not removed`,
            content: errorSummary(error),
          });
        }
      }
      return done;
    },
    onSuccess: (done) => {
      if (done.length)
        notify({ type: 'success', content: `Removed from ${entityName}: ${done.join(', ')}.` });
      onRemoved();
      onDismiss();
    },
  });

  return (
    <Modal
      visible
      header={rows.length === 1 ? `Remove ${rows[0]!.policyName}?` : `Remove ${rows.length} policies?`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button variant="primary" loading={remove.isPending} onClick={() => remove.mutate()}>
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
