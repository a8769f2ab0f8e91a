// Delete user groups. As the IAM console does, deleting a group first removes its members and
// its policies (`?force=true`); one group is confirmed by typing its name, several by `delete`.
import Box from '@cloudscape-design/components/box';
import { deleteGroup } from '../../api/groups-api.js';
import type { Group } from '../../api/types.js';
import {
  DeleteEntitiesModal,
  EntityNameList,
} from '../../components/delete-entities/delete-entities-modal.js';

interface DeleteGroupsModalProps {
  groups: Pick<Group, 'groupName'>[];
  onDismiss: () => void;
  /** Told which groups are gone (all, some or none of them). */
  onDeleted: (names: string[]) => void;
}

export function DeleteGroupsModal({ groups, onDismiss, onDeleted }: DeleteGroupsModalProps) {
  const entities = groups.map((g) => ({ id: g.groupName, name: g.groupName }));
  return (
    <DeleteEntitiesModal
      resource="group"
      noun="user group"
      entities={entities}
      deleteOne={deleteGroup}
      onDismiss={onDismiss}
      onDeleted={onDeleted}
    >
      <Box variant="p">
        Deleting a user group removes its users from it and deletes its inline policies and detaches its
        managed policies. The users themselves are not deleted, but lose the permissions the group gave them.
        This cannot be undone.
      </Box>
      <EntityNameList label="User groups to delete" entities={entities} />
    </DeleteEntitiesModal>
  );
}
