// Delete IAM users, from the users table or a user's page. Each is deleted with `?force=true`,
// which removes its password, access keys, MFA devices, group memberships and policies first
// (docs/API.md). As the AWS console does, the dialog lists each user's access keys and MFA devices
// with their last use, so nobody deletes a key still in use without seeing it.
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { accessKeysQuery, mfaDevicesQuery, type CredentialOwner } from '../../api/credentials-api.js';
import { deleteUser, loginProfileQuery } from '../../api/queries/users.js';
import type { User } from '../../api/types.js';
import {
  DeleteEntitiesModal,
  EntityNameList,
} from '../../components/delete-entities/delete-entities-modal.js';
import { formatAge, formatDateTime } from '../../components/format-date.js';

interface DeleteUsersModalProps {
  users: Pick<User, 'userName' | 'passwordLastUsed'>[];
  onDismiss: () => void;
  onDeleted?: (names: string[]) => void;
}

/** Past this many users the per-user credentials are not fetched (the list names them all). */
const DETAILED_USERS = 10;

export function DeleteUsersModal({ users, onDismiss, onDeleted }: DeleteUsersModalProps) {
  const entities = users.map((u) => ({ id: u.userName, name: u.userName }));
  return (
    <DeleteEntitiesModal
      resource="user"
      noun="user"
      entities={entities}
      deleteOne={deleteUser}
      onDismiss={onDismiss}
      onDeleted={onDeleted}
    >
      <SpaceBetween size="s">
        <Box variant="p">
          Deleting a user also deletes its console password, access keys and MFA device assignments, removes
          it from its groups and deletes or detaches its policies. Anything using its access keys stops
          working. This cannot be undone.
        </Box>
        {users.length <= DETAILED_USERS ? (
          users.map((user) => <UserCredentials key={user.userName} user={user} titled={users.length > 1} />)
        ) : (
          <EntityNameList label="Users to delete" entities={entities} />
        )}
      </SpaceBetween>
    </DeleteEntitiesModal>
  );
}

function UserCredentials({
  user,
  titled,
}: {
  user: Pick<User, 'userName' | 'passwordLastUsed'>;
  titled: boolean;
}) {
  const owner: CredentialOwner = { kind: 'user', userName: user.userName };
  const keys = useQuery(accessKeysQuery(owner));
  const devices = useQuery(mfaDevicesQuery(owner));
  const profile = useQuery(loginProfileQuery(user.userName));
  const busy = keys.isPending || devices.isPending || profile.isPending;
  return (
    <section aria-label={`Credentials of ${user.userName}`}>
      {titled ? (
        <Box variant="h4" padding={{ top: 'xs' }}>
          {user.userName}
        </Box>
      ) : null}
      {busy ? (
        <Spinner />
      ) : (
        <ul>
          <li>
            Console password:{' '}
            {profile.error
              ? 'could not be read'
              : profile.data
                ? `yes, last used ${formatAge(user.passwordLastUsed).toLowerCase()}`
                : 'none'}
          </li>
          {keys.error ? <li>Access keys: could not be read</li> : null}
          {(keys.data ?? []).map((key) => (
            <li key={key.accessKeyId}>
              Access key <Box variant="code">{key.accessKeyId}</Box> ({key.status.toLowerCase()}), last used{' '}
              {key.lastUsed ? `${formatDateTime(key.lastUsed.date)} (${key.lastUsed.serviceName})` : 'never'}
            </li>
          ))}
          {keys.data?.length === 0 ? <li>Access keys: none</li> : null}
          {devices.error ? <li>MFA devices: could not be read</li> : null}
          {(devices.data ?? []).map((device) => (
            <li key={device.serialNumber}>
              MFA device <Box variant="code">{device.serialNumber}</Box>,{' '}
              {device.enableDate ? `assigned ${formatDateTime(device.enableDate)}` : 'not yet enabled'}
            </li>
          ))}
          {devices.data?.length === 0 ? <li>MFA devices: none</li> : null}
        </ul>
      )}
    </section>
  );
}
