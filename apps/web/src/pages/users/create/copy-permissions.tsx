// "Copy permissions" of the create-user wizard: pick an existing user; the new user gets its group
// memberships, attached managed policies and permissions boundary (never its inline policies, as
// in AWS). What will be copied is read when the user is picked and shown before creating.
import Alert from '@cloudscape-design/components/alert';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { usersQuery } from '../../../api/queries/users.js';
import type { User } from '../../../api/types.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PickerTable } from '../../../components/pickers/picker-table.js';
import { usePickerPage } from '../../../components/pickers/use-picker-page.js';
import { policyNameFromArn } from '../../policies/policy-links.js';
import type { CopiedPermissionsState } from './use-copied-permissions.js';

interface CopyPermissionsProps {
  copyFrom: string | null;
  onChange: (userName: string | null) => void;
  copied: CopiedPermissionsState;
}

export function CopyPermissions({ copyFrom, onChange, copied }: CopyPermissionsProps) {
  return (
    <SpaceBetween size="l">
      <SourceUserTable copyFrom={copyFrom} onChange={onChange} />
      {copyFrom ? <CopiedPreview copied={copied} userName={copyFrom} /> : null}
    </SpaceBetween>
  );
}

const nouns = { plural: 'users', filtered: 'users', title: 'Users' };

function SourceUserTable({ copyFrom, onChange }: Omit<CopyPermissionsProps, 'copied'>) {
  const page = usePickerPage((p) => usersQuery({ ...p, limit: 25 }));
  return (
    <PickerTable<User>
      page={page}
      nouns={nouns}
      emptyText="There are no users to copy from."
      tableLabel="Users to copy permissions from"
      itemName={(u) => u.userName}
      selectionLabels={{
        selectionGroupLabel: 'Select a user',
        itemSelectionLabel: (_s, u) => `Copy permissions from ${u.userName}`,
      }}
      trackBy="userName"
      selectionType="single"
      selectedItems={page.items.filter((u) => u.userName === copyFrom)}
      onSelectionChange={({ detail }) => onChange(detail.selectedItems[0]?.userName ?? null)}
      header={
        <Header description="The new user gets this user's groups, attached managed policies and permissions boundary. Inline policies are not copied.">
          Copy permissions from user
        </Header>
      }
      columnDefinitions={[
        { id: 'name', header: 'User name', cell: (u) => u.userName, isRowHeader: true },
        { id: 'path', header: 'Path', cell: (u) => u.path },
      ]}
    />
  );
}

function CopiedPreview({ copied, userName }: { copied: CopiedPermissionsState; userName: string }) {
  if (copied.error) {
    return <ErrorPanel error={copied.error} header={`The permissions of ${userName} could not be read`} />;
  }
  if (!copied.data) return <Spinner />;
  const { groups, policies, boundary } = copied.data;
  return (
    <Alert type="info" header={`Permissions copied from ${userName}`}>
      <div data-testid="copied-permissions">
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Groups', value: groups.length ? groups.join(', ') : 'None' },
            {
              label: 'Attached policies',
              value: policies.length ? policies.map((p) => p.policyName).join(', ') : 'None',
            },
            { label: 'Permissions boundary', value: boundary ? policyNameFromArn(boundary) : 'None' },
          ]}
        />
      </div>
    </Alert>
  );
}
