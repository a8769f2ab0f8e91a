// The Users tab of a group: its members; add users, remove some.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { groupMembersQuery } from '../../../api/groups-api.js';
import { addUserToGroup, removeUserFromGroup } from '../../../api/queries/groups.js';
import type { User } from '../../../api/types.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import { useNotifications } from '../../../app/notifications.js';
import { useFollow } from '../../../app/use-follow.js';
import { UserPicker } from '../../../components/pickers/user-picker.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { errorSummary } from '../../../components/format-api-error.js';
import { formatAge, formatDateTime } from '../../../components/format-date.js';

export function GroupUsersTab({ groupName }: { groupName: string }) {
  const follow = useFollow();
  const members = useQuery(groupMembersQuery(groupName));
  const [selected, setSelected] = useState<User[]>([]);
  const [modal, setModal] = useState<'add' | 'remove' | null>(null);
  const items = members.data?.items ?? [];

  return (
    <>
      <Table
        items={items}
        trackBy="userName"
        loading={members.isPending}
        loadingText="Loading users"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'Users in this group',
          selectionGroupLabel: 'Select users',
          allItemsSelectionLabel: () => 'Select all users',
          itemSelectionLabel: (_s, u) => `Select ${u.userName}`,
        }}
        header={
          <Header
            counter={members.data ? `(${items.length})` : undefined}
            description="An IAM user in this group gets the permissions of the group's policies."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh users" onClick={() => void members.refetch()} />
                <Button disabled={selected.length === 0} onClick={() => setModal('remove')}>
                  Remove users
                </Button>
                <Button variant="primary" onClick={() => setModal('add')}>
                  Add users
                </Button>
              </SpaceBetween>
            }
          >
            Users in this group
          </Header>
        }
        columnDefinitions={[
          {
            id: 'name',
            header: 'User name',
            isRowHeader: true,
            cell: (u) => (
              <Link href={`/users/${encodeURIComponent(u.userName)}`} onFollow={follow}>
                {u.userName}
              </Link>
            ),
          },
          { id: 'path', header: 'Path', cell: (u) => u.path },
          { id: 'lastSignIn', header: 'Console last sign-in', cell: (u) => formatAge(u.passwordLastUsed) },
          { id: 'created', header: 'Creation time', cell: (u) => formatDateTime(u.createDate) },
        ]}
        empty={
          members.error ? (
            <ErrorPanel error={members.error} header="Users could not be loaded" />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No users</b>
              <Box variant="p" color="inherit">
                This group has no users.
              </Box>
              <Button onClick={() => setModal('add')}>Add users</Button>
            </Box>
          )
        }
      />
      {modal === 'add' ? (
        <AddUsersModal
          groupName={groupName}
          members={items.map((u) => u.userName)}
          onDismiss={() => setModal(null)}
        />
      ) : null}
      {modal === 'remove' ? (
        <RemoveUsersModal
          groupName={groupName}
          userNames={selected.map((u) => u.userName)}
          onDismiss={() => setModal(null)}
          onRemoved={(names) => setSelected((s) => s.filter((u) => !names.includes(u.userName)))}
        />
      ) : null}
    </>
  );
}

/**
 * One mutation per batch: a membership change per user (a failure names its user), then one
 * refresh of what the invalidation map lists for groups and users; `onDone` gets who changed.
 */
function useMembershipChange(
  change: (userName: string) => Promise<unknown>,
  failed: string,
  onDone: (done: string[]) => void,
) {
  const { notify } = useNotifications();
  return useWriteMutation(['group', 'user'], {
    mutationFn: async (userNames: string[]) => {
      const done: string[] = [];
      for (const userName of userNames) {
        try {
          await change(userName);
          done.push(userName);
        } catch (error) {
          notify({ type: 'error', header: `${userName} ${failed}`, content: errorSummary(error) });
        }
      }
      return done;
    },
    onSuccess: onDone,
  });
}

function AddUsersModal(props: { groupName: string; members: string[]; onDismiss: () => void }) {
  const { groupName, members, onDismiss } = props;
  const [picked, setPicked] = useState<string[]>([]);
  const { notify } = useNotifications();
  const add = useMembershipChange(
    (u) => addUserToGroup(groupName, u),
    'was not added',
    (done) => {
      if (done.length) notify({ type: 'success', content: `Added to ${groupName}: ${done.join(', ')}.` });
      onDismiss();
    },
  );
  const saving = add.isPending;

  return (
    <Modal
      visible
      size="large"
      header={`Add users to ${groupName}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={saving}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={picked.length === 0}
              loading={saving}
              onClick={() => add.mutate(picked)}
            >
              Add users
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <UserPicker
        selected={picked}
        onChange={setPicked}
        unavailable={members}
        unavailableText="already in the group"
        header="Other users in this account"
      />
    </Modal>
  );
}

function RemoveUsersModal(props: {
  groupName: string;
  userNames: string[];
  onDismiss: () => void;
  onRemoved: (names: string[]) => void;
}) {
  const { groupName, userNames, onDismiss, onRemoved } = props;
  const { notify } = useNotifications();
  const remove = useMembershipChange(
    (u) => removeUserFromGroup(groupName, u),
    'was not removed',
    (done) => {
      if (done.length) notify({ type: 'success', content: `Removed from ${groupName}: ${done.join(', ')}.` });
      onRemoved(done);
      onDismiss();
    },
  );
  const saving = remove.isPending;

  return (
    <Modal
      visible
      header={
        userNames.length === 1
          ? `Remove ${userNames[0]} from ${groupName}?`
          : `Remove ${userNames.length} users from ${groupName}?`
      }
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={saving}>
              Cancel
            </Button>
            <Button variant="primary" loading={saving} onClick={() => remove.mutate(userNames)}>
              Remove users
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="s">
        <Box variant="p">
          These users lose the permissions the group gives them. The users are not deleted.
        </Box>
        <ul aria-label="Users to remove">
          {userNames.map((name) => (
            <li key={name}>
              <Box variant="code">{name}</Box>
            </li>
          ))}
        </ul>
      </SpaceBetween>
    </Modal>
  );
}
