// The "Last Accessed" tab of a user, role, group or policy, as AWS's Access Advisor: each
// service the permissions allow, the policies granting it and when it was last used (by whom,
// for a group or policy); for IAM, STS and Organizations each action, one click away.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  LastAccessedEntityType,
  ServiceAccess,
  TrackedActionAccess,
} from '@gatehouse/contracts/last-accessed';
import { ErrorPanel } from '../error-panel.js';
import { formatDateTime } from '../format-date.js';
import { lastAccessedQuery } from './last-accessed-api.js';
import {
  arnName,
  filterActions,
  filterServices,
  lastAccessedLabel,
  policyLabel,
  type AccessFilter,
} from './last-accessed-rows.js';

const WHOSE: Record<LastAccessedEntityType, string> = {
  user: 'this user',
  role: 'this role',
  group: 'the members of this group',
  policy: 'the users and roles this policy is attached to',
};

const ACCESS_OPTIONS = [
  { id: 'all', text: 'All' },
  { id: 'accessed', text: 'Accessed' },
  { id: 'not-accessed', text: 'Not accessed' },
];

function LastAccessed({ iso }: { iso: string | null }) {
  return <span title={iso ? formatDateTime(iso) : undefined}>{lastAccessedLabel(iso)}</span>;
}

function byWhom(s: ServiceAccess): string {
  if (!s.lastAuthenticatedEntity) return '-';
  const name = arnName(s.lastAuthenticatedEntity);
  if (!s.lastSessionArn) return name;
  const session = arnName(s.lastSessionArn);
  return s.lastSourceIdentity
    ? `${name} (session ${session}, source identity ${s.lastSourceIdentity})`
    : `${name} (session ${session})`;
}

function serviceColumns(
  entityType: LastAccessedEntityType,
  open: (s: ServiceAccess) => void,
): TableProps.ColumnDefinition<ServiceAccess>[] {
  const many = entityType === 'group' || entityType === 'policy';
  return [
    {
      id: 'service',
      header: 'Service',
      cell: (s) =>
        s.trackedActions ? (
          <Link onFollow={(e) => (e.preventDefault(), open(s))} href={`#${s.serviceNamespace}`}>
            {s.serviceName}
          </Link>
        ) : (
          s.serviceName
        ),
    },
    {
      id: 'policies',
      header: 'Policies granting permissions',
      cell: (s) => s.policies.map(policyLabel).join(', ') || '-',
    },
    { id: 'lastAccessed', header: 'Last accessed', cell: (s) => <LastAccessed iso={s.lastAuthenticated} /> },
    { id: 'entity', header: many ? 'Last accessed by' : 'Accessed by', cell: byWhom },
    ...(many
      ? [
          {
            id: 'entities',
            header: 'Entities that accessed',
            cell: (s: ServiceAccess) => String(s.totalAuthenticatedEntities),
          },
        ]
      : []),
  ];
}

const ACTION_COLUMNS: TableProps.ColumnDefinition<TrackedActionAccess>[] = [
  { id: 'action', header: 'Action', cell: (a) => a.actionName },
  { id: 'lastAccessed', header: 'Last accessed', cell: (a) => <LastAccessed iso={a.lastAccessedTime} /> },
  { id: 'entity', header: 'Accessed by', cell: (a) => arnName(a.lastAccessedEntity) },
  { id: 'region', header: 'Region', cell: (a) => a.lastAccessedRegion ?? '-' },
];

function Filters(props: {
  text: string;
  onText: (text: string) => void;
  access: AccessFilter;
  onAccess: (access: AccessFilter) => void;
  placeholder: string;
  count: number;
}) {
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <TextFilter
        filteringClearAriaLabel="Clear filter"
        filteringText={props.text}
        onChange={({ detail }) => props.onText(detail.filteringText)}
        filteringPlaceholder={props.placeholder}
        filteringAriaLabel={props.placeholder}
        countText={props.text ? `${props.count} ${props.count === 1 ? 'match' : 'matches'}` : undefined}
      />
      <SegmentedControl
        label="Show"
        selectedId={props.access}
        options={ACCESS_OPTIONS}
        onChange={({ detail }) => props.onAccess(detail.selectedId as AccessFilter)}
      />
    </SpaceBetween>
  );
}

function ActionView({ service, onBack }: { service: ServiceAccess; onBack: () => void }) {
  const [text, setText] = useState('');
  const [access, setAccess] = useState<AccessFilter>('all');
  const items = filterActions(service.trackedActions ?? [], text, access);
  return (
    <Table
      items={items}
      columnDefinitions={ACTION_COLUMNS}
      trackBy="actionName"
      ariaLabels={{ tableLabel: `${service.serviceName} actions` }}
      header={
        <Header
          counter={`(${service.trackedActions?.length ?? 0})`}
          description="Each action the permissions allow, and when it was last used."
          actions={<Button onClick={onBack}>Back to services</Button>}
        >
          {service.serviceName}: allowed actions
        </Header>
      }
      filter={
        <Filters
          text={text}
          onText={setText}
          access={access}
          onAccess={setAccess}
          placeholder="Filter actions by name"
          count={items.length}
        />
      }
      empty={<Box textAlign="center">No actions match the filters.</Box>}
    />
  );
}

export function LastAccessedTab({ arn, entityType }: { arn: string; entityType: LastAccessedEntityType }) {
  const report = useQuery(lastAccessedQuery(arn));
  const [text, setText] = useState('');
  const [access, setAccess] = useState<AccessFilter>('all');
  const [selected, setSelected] = useState<string | null>(null);

  if (report.error) {
    return (
      <ErrorPanel
        error={report.error}
        header="Last accessed information could not be loaded"
        onRetry={() => void report.refetch()}
      />
    );
  }
  const services = report.data?.services ?? [];
  const open = services.find((s) => s.serviceNamespace === selected);
  const items = filterServices(services, text, access);
  return (
    <SpaceBetween size="l">
      <Alert type="info" header="Review unused permissions">
        Last accessed information shows the services {WHOSE[entityType]} can use and when each was last used.
        Remove permissions for services that are not used to keep to least privilege. The tracking period is
        the last {report.data?.trackingPeriodDays ?? 400} days; recent activity shows within a few seconds.
      </Alert>
      {open ? (
        <ActionView service={open} onBack={() => setSelected(null)} />
      ) : (
        <Table
          items={items}
          columnDefinitions={serviceColumns(entityType, (s) => setSelected(s.serviceNamespace))}
          trackBy="serviceNamespace"
          loading={report.isPending}
          loadingText="Loading last accessed information"
          ariaLabels={{ tableLabel: 'Allowed services' }}
          header={
            <Header
              counter={report.data ? `(${services.length})` : undefined}
              description="Services the permissions allow, most recently used first."
              actions={
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh last accessed information"
                  onClick={() => void report.refetch()}
                />
              }
            >
              Allowed services
            </Header>
          }
          filter={
            <Filters
              text={text}
              onText={setText}
              access={access}
              onAccess={setAccess}
              placeholder="Filter services"
              count={items.length}
            />
          }
          empty={
            <Box textAlign="center" color="inherit">
              <b>No services</b>
              <Box variant="p" color="inherit">
                {services.length ? 'No services match the filters.' : 'The permissions allow no service.'}
              </Box>
            </Box>
          }
        />
      )}
    </SpaceBetween>
  );
}
