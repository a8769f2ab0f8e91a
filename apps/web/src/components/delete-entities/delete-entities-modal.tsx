// The one delete dialog of the console for users, groups, roles and policies: it names what goes
// and what goes with it, asks for the typed confirmation (the name for one entity, `delete` for
// several, as the IAM console does), deletes through one TanStack mutation and refreshes what
// the resource's invalidation entry names. A failure on one entity is shown once, in the dialog;
// failures among several are one flash message per entity.
import Box from '@cloudscape-design/components/box';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { invalidateAfterDelete, type DeletedResource } from '../../api/invalidation.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../confirm-delete-modal.js';
import { errorSummary } from '../format-api-error.js';

export interface DeletableEntity {
  /** The key the API deletes by: the name, or the ARN for a managed policy. */
  id: string;
  /** What the user sees. */
  name: string;
}

interface DeleteEntitiesModalProps {
  resource: DeletedResource;
  /** "user", "user group", "role", "policy": the words of the header and messages. */
  noun: string;
  entities: DeletableEntity[];
  deleteOne: (id: string) => Promise<unknown>;
  /** What deleting does, and anything listed per entity (keys, devices, attachments). */
  children: ReactNode;
  onDismiss: () => void;
  /** Told which entities are gone (all, some or none). */
  onDeleted?: (ids: string[]) => void;
}

interface Outcome {
  deleted: DeletableEntity[];
  failed: { entity: DeletableEntity; error: unknown }[];
}

async function deleteAll(entities: DeletableEntity[], deleteOne: (id: string) => Promise<unknown>) {
  const outcome: Outcome = { deleted: [], failed: [] };
  // One at a time: each delete is its own transaction on the server, and the order is the user's.
  for (const entity of entities) {
    try {
      await deleteOne(entity.id);
      outcome.deleted.push(entity);
    } catch (error) {
      outcome.failed.push({ entity, error });
    }
  }
  return outcome;
}

const plural = (noun: string) => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function DeleteEntitiesModal(props: DeleteEntitiesModalProps) {
  const { resource, noun, entities, deleteOne, onDismiss, onDeleted } = props;
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const single = entities.length === 1 ? entities[0] : undefined;

  const mutation = useMutation({
    mutationFn: async () => {
      const outcome = await deleteAll(entities, deleteOne);
      if (single && outcome.failed.length === 1) throw outcome.failed[0]!.error;
      return outcome;
    },
    onSettled: () =>
      invalidateAfterDelete(
        queryClient,
        resource,
        entities.map((e) => e.id),
      ),
    onSuccess: ({ deleted, failed }) => {
      if (deleted.length > 0) {
        notify({
          type: 'success',
          content:
            deleted.length === 1
              ? `${capital(noun)} ${deleted[0]!.name} deleted.`
              : `${deleted.length} ${plural(noun)} deleted.`,
        });
      }
      for (const { entity, error } of failed) {
        notify({
          type: 'error',
          header: `${capital(noun)} ${entity.name} was not deleted`,
          content: errorSummary(error),
        });
      }
      onDeleted?.(deleted.map((e) => e.id));
      onDismiss();
    },
  });

  return (
    <ConfirmDeleteModal
      visible
      header={single ? `Delete ${single.name}?` : `Delete ${entities.length} ${plural(noun)}?`}
      confirmationText={single?.name ?? 'delete'}
      deleting={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutate()}
      onDismiss={onDismiss}
    >
      <Box variant="div">{props.children}</Box>
    </ConfirmDeleteModal>
  );
}

/** The names of several entities, as a list under the explanation. */
export function EntityNameList({ label, entities }: { label: string; entities: DeletableEntity[] }) {
  if (entities.length < 2) return null;
  return (
    <ul aria-label={label}>
      {entities.map((entity) => (
        <li key={entity.id}>
          <Box variant="code">{entity.name}</Box>
        </li>
      ))}
    </ul>
  );
}
