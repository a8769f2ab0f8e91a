// Choose IAM roles (attach a policy to roles), filtered by name on the server; the selection
// survives paging and filtering.
import { rolesQuery } from '../../api/roles-api.js';
import type { Role } from '../../api/roles-types.js';
import { trustedEntitiesSummary } from '../trust-policy-builder/trusted-entities-summary.js';
import { NamePicker, type NamePickerProps } from './name-picker.js';
import { usePickerPage } from './use-picker-page.js';

const nouns = { plural: 'roles', filtered: 'roles', title: 'Roles' };

export function RolePicker(props: NamePickerProps) {
  const { unavailable = [], unavailableText = 'already added', header = 'Roles' } = props;
  const page = usePickerPage((p) => rolesQuery({ ...p, limit: 25 }));
  return (
    <NamePicker<Role>
      {...props}
      unavailable={unavailable}
      unavailableText={unavailableText}
      header={header}
      page={page}
      nouns={nouns}
      nameOf={(r) => r.roleName}
      trackBy="roleName"
      nameHeader="Role name"
      columns={[
        {
          id: 'trusted',
          header: 'Trusted entities',
          cell: (r) => trustedEntitiesSummary(r.trustPolicy).join(', ') || '-',
        },
      ]}
    />
  );
}
