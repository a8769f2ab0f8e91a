// Choose IAM roles (attach a policy to roles), filtered by name on the server; the selection
// survives paging and filtering.
import { rolesQuery } from '../../api/roles-api.js';
import type { Role } from '../../api/roles-types.js';
import { trustedEntitiesSummary } from '../trust-policy-builder/trusted-entities-summary.js';
import { NamePicker, type NamedKind, type NamePickerProps } from './name-picker.js';
import { usePickerPage } from './use-picker-page.js';

const roles: NamedKind<Role> = {
  nouns: { plural: 'roles', filtered: 'roles', title: 'Roles' },
  nameOf: (r) => r.roleName,
  nameHeader: 'Role name',
  columns: [
    {
      id: 'trusted',
      header: 'Trusted entities',
      cell: (r) => trustedEntitiesSummary(r.trustPolicy).join(', ') || '-',
    },
  ],
};

export function RolePicker(props: NamePickerProps) {
  const page = usePickerPage((p) => rolesQuery({ ...p, limit: 25 }));
  return <NamePicker {...props} page={page} kind={roles} />;
}
