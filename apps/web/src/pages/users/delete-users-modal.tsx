// Bulk delete from the users table. Each user is deleted with `?force=true`, which removes its
// password, group memberships and policies first (docs/API.md), as the IAM console does.
import Box from '@cloudscape-design/components/box';
import { accountKeys } from '../../api/queries/account.js';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteUser, userKeys } from '../../api/queries/users.js';
import type { User } from '../../api/types.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal.js';
import { errorSummary } from '../../components/format-api-error.js';

interface DeleteUsersModalProps {
  users: User[];
  onDismiss: () => void;
  onDeleted: (names: string[]) => void;
}

export function DeleteUsersModal({ users, onDismiss, onDeleted }: DeleteUsersModalProps) {
  const [deleting, setDeleting] = useState(false);
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const names = users.map((u) => u.userName);

  async function confirm() {
    setDeleting(true);
    const deleted: string[] = [];
    const failed: { name: string; error: unknown }[] = [];
    for (const name of names) {
      try {
        await deleteUser(name);
        deleted.push(name);
      } catch (error) {
        failed.push({ name, error });
      }
    }
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
      queryClient.invalidateQueries({ queryKey: accountKeys.summary }),
    ]);
    if (deleted.length > 0) {
      notify({
        type: 'success',
        content: deleted.length === 1 ? `User ${deleted[0]} deleted.` : `${deleted.length} users deleted.`,
      });
    }
    for (const { name, error } of failed) {
      notify({ type: 'error', header: `User ${name} was not deleted`, content: errorSummary(error) });
    }
    onDeleted(deleted);
    onDismiss();
  }

  return (
    <ConfirmDeleteModal
      visible
      header={names.length === 1 ? `Delete ${names[0]}?` : `Delete ${names.length} users?`}
      confirmationText="confirm"
      deleting={deleting}
      onConfirm={() => void confirm()}
      onDismiss={onDismiss}
    >
      <Box variant="p">
        Deleting a user also deletes its console password, removes it from its groups and detaches its
        policies. This cannot be undone.
      </Box>
      <ul aria-label="Users to delete">
        {names.map((name) => (
          <li key={name}>
            <Box variant="code">{name}</Box>
          </li>
        ))}
      </ul>
    </ConfirmDeleteModal>
  );
}
