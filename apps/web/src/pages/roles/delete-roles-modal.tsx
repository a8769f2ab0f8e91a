// Delete roles. As the IAM console does, deleting a role first detaches its managed policies and
// deletes its inline ones (`?force=true`); one role is confirmed by typing its name, several by
// `delete`.
import Box from '@cloudscape-design/components/box';
import { deleteRole } from '../../api/roles-api.js';
import {
  DeleteEntitiesModal,
  EntityNameList,
} from '../../components/delete-entities/delete-entities-modal.js';

interface DeleteRolesModalProps {
  roleNames: string[];
  onDismiss: () => void;
  onDeleted: (names: string[]) => void;
}

export function DeleteRolesModal({ roleNames, onDismiss, onDeleted }: DeleteRolesModalProps) {
  const entities = roleNames.map((name) => ({ id: name, name }));
  return (
    <DeleteEntitiesModal
      resource="role"
      noun="role"
      entities={entities}
      deleteOne={deleteRole}
      onDismiss={onDismiss}
      onDeleted={onDeleted}
    >
      <Box variant="p">
        Deleting a role also detaches its managed policies and deletes its inline policies. Anyone who relies
        on assuming it loses access. This cannot be undone.
      </Box>
      <EntityNameList label="Roles to delete" entities={entities} />
    </DeleteEntitiesModal>
  );
}
