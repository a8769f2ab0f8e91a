// Delete user groups. As the IAM console does, deleting a group first removes its members and
// its policies (`?force=true`); one group is confirmed by typing its name, several by `delete`.
import Box from '@cloudscape-design/components/box';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteGroup, groupDetailKey } from '../../api/groups-api.js';
import { groupKeys } from '../../api/queries/groups.js';
import { userKeys } from '../../api/queries/users.js';
import type { Group } from '../../api/types.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal.js';
import { errorSummary } from '../../components/format-api-error.js';

interface DeleteGroupsModalProps {
  groups: Pick<Group, 'groupName'>[];
  onDismiss: () => void;
  /** Told which groups are gone (all, some or none of them). */
  onDeleted: (names: string[]) => void;
}

export function DeleteGroupsModal({ groups, onDismiss, onDeleted }: DeleteGroupsModalProps) {
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const names = groups.map((g) => g.groupName);
  const single = names.length === 1 ? names[0] : undefined;

  async function confirm() {
    setDeleting(true);
    setError(null);
    const deleted: string[] = [];
    const failed: { name: string; error: unknown }[] = [];
    for (const name of names) {
      try {
        await deleteGroup(name);
        deleted.push(name);
      } catch (caught) {
        failed.push({ name, error: caught });
      }
    }
    for (const name of deleted) queryClient.removeQueries({ queryKey: groupDetailKey(name) });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: groupKeys.all }),
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
    ]);
    if (deleted.length > 0) {
      notify({
        type: 'success',
        content:
          deleted.length === 1
            ? `User group ${deleted[0]} deleted.`
            : `${deleted.length} user groups deleted.`,
      });
    }
    onDeleted(deleted);
    if (single && failed.length === 1) {
      // One group: keep the dialog open with the reason, as a form error.
      setError(failed[0]!.error);
      setDeleting(false);
      return;
    }
    for (const { name, error: reason } of failed) {
      notify({ type: 'error', header: `User group ${name} was not deleted`, content: errorSummary(reason) });
    }
    onDismiss();
  }

  return (
    <ConfirmDeleteModal
      visible
      header={single ? `Delete ${single}?` : `Delete ${names.length} user groups?`}
      confirmationText={single ?? 'delete'}
      deleting={deleting}
      error={error}
      onConfirm={() => void confirm()}
      onDismiss={onDismiss}
    >
      <Box variant="p">
        Deleting a user group removes its users from it and deletes its inline policies and detaches its
        managed policies. The users themselves are not deleted, but lose the permissions the group gave them.
        This cannot be undone.
      </Box>
      {single ? null : (
        <ul aria-label="User groups to delete">
          {names.map((name) => (
            <li key={name}>
              <Box variant="code">{name}</Box>
            </li>
          ))}
        </ul>
      )}
    </ConfirmDeleteModal>
  );
}
