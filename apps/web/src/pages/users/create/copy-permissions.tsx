// "Copy permissions" of the create-user wizard: pick an existing user; the new user gets its group
// memberships, attached managed policies and permissions boundary (never its inline policies, as
// in AWS). What will be copied is read when the user is picked and shown before creating.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { usersQuery } from '../../../api/queries/users.js';
import type { User } from '../../../api/types.js';
import { paginationProps, singlePage } from '../../../components/cursor-pages.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { useCursorPages } from '../../../components/use-cursor-pages.js';
import { useDebouncedValue } from '../../../components/use-debounced-value.js';
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

function SourceUserTable({ copyFrom, onChange }: Omit<CopyPermissionsProps, 'copied'>) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const { pages, cursor, record, go } = useCursorPages(search);
  const query = useQuery(usersQuery({ search, cursor, limit: 25 }));
  const fresh = query.data && !query.isPlaceholderData ? query.data : undefined;
  const index = pages.index;
  useEffect(() => {
    if (fresh) record(index, fresh.nextCursor);
  }, [fresh, index, record]);
  const items = query.data?.items ?? [];

  return (
    <Table<User>
      items={items}
      trackBy="userName"
      selectionType="single"
      selectedItems={items.filter((u) => u.userName === copyFrom)}
      onSelectionChange={({ detail }) => onChange(detail.selectedItems[0]?.userName ?? null)}
      loading={query.isPending || query.isPlaceholderData}
      loadingText="Loading users"
      ariaLabels={{
        tableLabel: 'Users to copy permissions from',
        selectionGroupLabel: 'Select a user',
        itemSelectionLabel: (_s, u) => `Copy permissions from ${u.userName}`,
      }}
      header={
        <Header description="The new user gets this user's groups, attached managed policies and permissions boundary. Inline policies are not copied.">
          Copy permissions from user
        </Header>
      }
      filter={
        <TextFilter
          filteringText={text}
          filteringPlaceholder="Find users by name"
          filteringAriaLabel="Find users by name"
          filteringClearAriaLabel="Clear filter"
          onChange={({ detail }) => setText(detail.filteringText)}
        />
      }
      pagination={
        singlePage(pages) ? undefined : (
          <Pagination
            {...paginationProps(pages)}
            onChange={({ detail }) => go(detail.currentPageIndex - 1)}
            ariaLabels={{
              nextPageLabel: 'Next page',
              previousPageLabel: 'Previous page',
              pageLabel: (n) => `Page ${n}`,
            }}
          />
        )
      }
      columnDefinitions={[
        { id: 'name', header: 'User name', cell: (u) => u.userName, isRowHeader: true },
        { id: 'path', header: 'Path', cell: (u) => u.path },
      ]}
      empty={
        query.error ? (
          <ErrorPanel error={query.error} header="Users could not be loaded" />
        ) : (
          <Box textAlign="center" color="inherit">
            <b>No users</b>
            <Box variant="p" color="inherit">
              {search ? 'No users match the filter.' : 'There are no users to copy from.'}
            </Box>
          </Box>
        )
      }
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
