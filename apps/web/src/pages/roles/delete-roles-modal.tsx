// Delete roles. As the IAM console does, deleting a role first detaches its managed policies and
// deletes its inline ones (`?force=true`); one role is confirmed by typing its name, several by
// `delete`.
import Box from '@cloudscape-design/components/box';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteRole, roleKeys } from '../../api/roles-api.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal.js';
import { errorSummary } from '../../components/format-api-error.js';

interface DeleteRolesModalProps {
  roleNames: string[];
  onDismiss: () => void;
  onDeleted: (names: string[]) => void;
}

export function DeleteRolesModal({ roleNames, onDismiss, onDeleted }: DeleteRolesModalProps) {
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const single = roleNames.length === 1 ? roleNames[0] : undefined;

  async function confirm() {
    setDeleting(true);
    setError(null);
    const deleted: string[] = [];
    const failed: { name: string; error: unknown }[] = [];
    for (const name of roleNames) {
      try {
        await deleteRole(name);
        deleted.push(name);
      } catch (caught) {
        failed.push({ name, error: caught });
      }
    }
    for (const name of deleted) queryClient.removeQueries({ queryKey: roleKeys.detail(name) });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: roleKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['policies'] }),
    ]);
    if (deleted.length > 0) {
      notify({
        type: 'success',
        content: deleted.length === 1 ? `Role ${deleted[0]} deleted.` : `${deleted.length} roles deleted.`,
      });
    }
    onDeleted(deleted);
    if (single && failed.length === 1) {
      setError(failed[0]!.error);
      setDeleting(false);
      return;
    }
    for (const { name, error: reason } of failed) {
      notify({ type: 'error', header: `Role ${name} was not deleted`, content: errorSummary(reason) });
    }
    onDismiss();
  }

  return (
    <ConfirmDeleteModal
      visible
      header={single ? `Delete ${single}?` : `Delete ${roleNames.length} roles?`}
      confirmationText={single ?? 'delete'}
      deleting={deleting}
      error={error}
      onConfirm={() => void confirm()}
      onDismiss={onDismiss}
    >
      <Box variant="p">
        Deleting a role also detaches its managed policies and deletes its inline policies. Anyone who relies
        on assuming it loses access. This cannot be undone.
      </Box>
      {single ? null : (
        <ul aria-label="Roles to delete">
          {roleNames.map((name) => (
            <li key={name}>
              <Box variant="code">{name}</Box>
            </li>
          ))}
        </ul>
      )}
    </ConfirmDeleteModal>
  );
}
