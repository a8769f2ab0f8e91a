// Choose user groups (add a user to groups, attach a policy), filtered by name on the server; the
// selection survives paging and filtering.
import { groupsQuery } from '../../api/queries/groups.js';
import type { Group } from '../../api/types.js';
import { formatDateTime } from '../format-date.js';
import { NamePicker, type NamedKind } from './name-picker.js';
import { usePickerPage } from './use-picker-page.js';

interface GroupPickerProps {
  selected: string[];
  onChange: (groupNames: string[]) => void;
  /** Groups the user is in already: shown, not selectable. */
  member?: string[];
}

const groups: NamedKind<Group> = {
  nouns: { plural: 'user groups', filtered: 'groups', title: 'User groups' },
  nameOf: (g) => g.groupName,
  nameHeader: 'Group name',
  columns: [
    { id: 'path', header: 'Path', cell: (g) => g.path },
    { id: 'created', header: 'Creation time', cell: (g) => formatDateTime(g.createDate) },
  ],
};

export function GroupPicker({ selected, onChange, member = [] }: GroupPickerProps) {
  const page = usePickerPage((p) => groupsQuery({ ...p, limit: 25 }));
  return (
    <NamePicker
      selected={selected}
      onChange={onChange}
      unavailable={member}
      unavailableText="already a member"
      page={page}
      kind={groups}
    />
  );
}
