// Choose IAM users (add users to a group, attach a policy), filtered by name on the server; the
// selection survives paging and filtering.
import { usersQuery } from '../../api/queries/users.js';
import type { User } from '../../api/types.js';
import { formatDateTime } from '../format-date.js';
import { NamePicker, type NamePickerProps } from './name-picker.js';
import { usePickerPage } from './use-picker-page.js';

const nouns = { plural: 'users', filtered: 'users', title: 'Users' };

export function UserPicker(props: NamePickerProps) {
  const { unavailable = [], unavailableText = 'already added', header = 'Users' } = props;
  const page = usePickerPage((p) => usersQuery({ ...p, limit: 25, sort: 'userName', order: 'asc' }));
  return (
    <NamePicker<User>
      {...props}
      unavailable={unavailable}
      unavailableText={unavailableText}
      header={header}
      page={page}
      nouns={nouns}
      nameOf={(u) => u.userName}
      trackBy="userName"
      nameHeader="User name"
      columns={[
        { id: 'path', header: 'Path', cell: (u) => u.path },
        { id: 'created', header: 'Creation time', cell: (u) => formatDateTime(u.createDate) },
      ]}
    />
  );
}
