// The Groups tab: the groups the user belongs to; add to more, remove from some.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { addUserToGroup, removeUserFromGroup } from '../../../api/queries/groups.js';
import { userGroupsQuery } from '../../../api/queries/users.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import type { Group } from '../../../api/types.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { errorSummary } from '../../../components/format-api-error.js';
import { formatDateTime } from '../../../components/format-date.js';

const GroupPicker = lazy(async () => ({
  default: (await import('../../../components/pickers/group-picker.js')).GroupPicker,
}));

export function UserGroupsTab({ userName }: { userName: string }) {
  const groups = useQuery(userGroupsQuery(userName));
  const [selected, setSelected] = useState<Group[]>([]);
  const [modal, setModal] = useState<'add' | 'remove' | null>(null);
  const items = groups.data?.items ?? [];
  return (
    <>
      <Table
        items={items}
        trackBy="groupName"
        loading={groups.isPending}
        loadingText="Loading groups"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'User groups membership',
          selectionGroupLabel: 'Select groups',
          allItemsSelectionLabel: () => 'Select all groups',
          itemSelectionLabel: (_s, g) => `Select ${g.groupName}`,
        }}
        header={
          <Header
            counter={groups.data ? `(${items.length})` : undefined}
            description="A user in a group gets the permissions of the group's policies. A user can be in up to 10 groups."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selected.length === 0} onClick={() => setModal('remove')}>
                  Remove
                </Button>
                <Button variant="primary" onClick={() => setModal('add')}>
                  Add user to groups
                </Button>
              </SpaceBetween>
            }
          >
            User groups membership
          </Header>
        }
        columnDefinitions={[
          { id: 'name', header: 'Group name', cell: (g) => g.groupName, isRowHeader: true },
          { id: 'path', header: 'Path', cell: (g) => g.path },
          { id: 'created', header: 'Creation time', cell: (g) => formatDateTime(g.createDate) },
        ]}
        empty={
          groups.error ? (
            <ErrorPanel error={groups.error} header="Groups could not be loaded" />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No groups</b>
              <Box variant="p" color="inherit">
                This user is not a member of any group.
              </Box>
            </Box>
          )
        }
      />
      {modal ? (
        <GroupMembershipModal
          mode={modal}
          userName={userName}
          current={items.map((g) => g.groupName)}
          toRemove={selected.map((g) => g.groupName)}
          onDismiss={() => setModal(null)}
          onDone={() => setSelected([])}
        />
      ) : null}
    </>
  );
}

interface MembershipModalProps {
  mode: 'add' | 'remove';
  userName: string;
  current: string[];
  toRemove: string[];
  onDismiss: () => void;
  onDone: () => void;
}

function GroupMembershipModal({
  mode,
  userName,
  current,
  toRemove,
  onDismiss,
  onDone,
}: MembershipModalProps) {
  const [picked, setPicked] = useState<string[]>([]);
  const { notify } = useNotifications();
  const targets = mode === 'add' ? picked : toRemove;

  // One mutation for the batch: each group on its own (a failure names its group), then one refresh.
  const apply = useWriteMutation(['user', 'group'], {
    mutationFn: async (groups: string[]) => {
      const done: string[] = [];
      for (const group of groups) {
        try {
          if (mode === 'add') await addUserToGroup(group, userName);
          else await removeUserFromGroup(group, userName);
          done.push(group);
        } catch (error) {
          notify({
            type: 'error',
            header:
              mode === 'add'
                ? `${userName} was not added to ${group}`
                : `${userName} was not removed from ${group}`,
            content: errorSummary(error),
          });
        }
      }
      return done;
    },
    onSuccess: (done) => {
      if (done.length) {
        notify({
          type: 'success',
          content:
            mode === 'add'
              ? `${userName} added to ${done.join(', ')}.`
              : `${userName} removed from ${done.join(', ')}.`,
        });
      }
      onDone();
      onDismiss();
    },
  });

  return (
    <Modal
      visible
      size={mode === 'add' ? 'large' : 'medium'}
      header={mode === 'add' ? `Add ${userName} to groups` : `Remove ${userName} from groups?`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={apply.isPending}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={targets.length === 0}
              loading={apply.isPending}
              onClick={() => apply.mutate(targets)}
            >
              {mode === 'add' ? 'Add to groups' : 'Remove'}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {mode === 'add' ? (
        <Suspense fallback={<Spinner />}>
          <GroupPicker selected={picked} onChange={setPicked} member={current} />
        </Suspense>
      ) : (
        <SpaceBetween size="s">
          <Box variant="p">{userName} loses the permissions of these groups.</Box>
          <ul aria-label="Groups to leave">
            {toRemove.map((g) => (
              <li key={g}>
                <Box variant="code">{g}</Box>
              </li>
            ))}
          </ul>
        </SpaceBetween>
      )}
    </Modal>
  );
}
