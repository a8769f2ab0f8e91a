// Choose IAM users (add users to a group, attach a policy), filtered by name on the server; the
// selection survives paging and filtering.
import { usersQuery } from '../../api/queries/users.js';
import type { User } from '../../api/types.js';
import { formatDateTime } from '../format-date.js';
import { NamePicker, type NamedKind, type NamePickerProps } from './name-picker.js';
import { usePickerPage } from './use-picker-page.js';

const users: NamedKind<User> = {
  nouns: { plural: 'users', filtered: 'users', title: 'Users' },
  nameOf: (u) => u.userName,
  nameHeader: 'User name',
  columns: [
    { id: 'path', header: 'Path', cell: (u) => u.path },
    { id: 'created', header: 'Creation time', cell: (u) => formatDateTime(u.createDate) },
  ],
};

export function UserPicker(props: NamePickerProps) {
  const page = usePickerPage((p) => usersQuery({ ...p, limit: 25, sort: 'userName', order: 'asc' }));
  return <NamePicker {...props} page={page} kind={users} />;
}
