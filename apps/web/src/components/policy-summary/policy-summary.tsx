// The AWS console's "Permissions summary": one row per service (access level, resource,
// request condition), Allow and explicit Deny apart; click a service for its actions. For an
// effective set, each row also names the policies behind it and what the boundary lets through.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { ErrorPanel } from '../error-panel.js';
import { ActionResources, BoundaryCell, Conditions, GrantedBy, ServiceName } from './summary-cells.js';
import { boundaryAllowsAction, boundaryCoverage } from './summarize-effective-policies.js';
import {
  resourceLabel,
  type ActionSummary,
  type PolicySummary,
  type ServiceSummary,
} from './summarize-policy.js';
import { usePolicySummary } from './use-policy-summary.js';

export interface SummaryOptions {
  /** Show which policies grant each row (several policies summarised together). */
  showGrantedBy?: boolean;
  /** The permissions boundary's own summary: adds a column saying how much of each Allow row it lets through. */
  boundary?: PolicySummary;
}

function ServicesTable(props: {
  title: string;
  rows: ServiceSummary[];
  onOpen: (row: ServiceSummary) => void;
  options: SummaryOptions & { effect: 'allow' | 'deny' };
}) {
  const { showGrantedBy, boundary, effect } = props.options;
  const columns: TableProps.ColumnDefinition<ServiceSummary>[] = [
    {
      id: 'service',
      header: 'Service',
      isRowHeader: true,
      cell: (r) => <ServiceName row={r} onOpen={() => props.onOpen(r)} />,
    },
    { id: 'access', header: 'Access level', cell: (r) => (r.recognized ? r.accessLabel : '—') },
    { id: 'resource', header: 'Resource', cell: (r) => resourceLabel(r) },
    {
      id: 'condition',
      header: 'Request condition',
      cell: (r) => <Conditions conditions={r.conditions} mixed={r.mixedConditions} />,
    },
  ];
  if (showGrantedBy) {
    const header = effect === 'allow' ? 'Granted by' : 'Denied by';
    columns.push({ id: 'policies', header, cell: (r) => <GrantedBy policies={r.grantedBy} /> });
  }
  if (boundary && effect === 'allow') {
    columns.push({
      id: 'boundary',
      header: 'Permissions boundary',
      cell: (r) => <BoundaryCell coverage={boundaryCoverage(r, boundary)} />,
    });
  }
  return (
    <Table
      variant="embedded"
      header={
        <Header variant="h3" counter={`(${props.rows.length})`}>
          {props.title}
        </Header>
      }
      items={props.rows}
      trackBy="prefix"
      ariaLabels={{ tableLabel: props.title }}
      wrapLines
      columnDefinitions={columns}
      empty={<Box color="text-body-secondary">None</Box>}
    />
  );
}

function ActionsTable(props: {
  row: ServiceSummary;
  effect: 'allow' | 'deny';
  options: SummaryOptions;
  onBack: () => void;
}) {
  const { showGrantedBy, boundary } = props.options;
  const { row } = props;
  const columns: TableProps.ColumnDefinition<ActionSummary>[] = [
    {
      id: 'action',
      header: 'Action',
      isRowHeader: true,
      cell: (a) =>
        a.recognized ? (
          a.name
        ) : (
          <StatusIndicator type="warning">{`${a.name} (Unrecognized action)`}</StatusIndicator>
        ),
    },
    { id: 'level', header: 'Access level', cell: (a) => a.accessLevel ?? '—' },
    { id: 'resource', header: 'Resource', cell: (a) => <ActionResources action={a} /> },
    { id: 'condition', header: 'Request condition', cell: (a) => <Conditions conditions={a.conditions} /> },
  ];
  if (showGrantedBy) {
    const header = props.effect === 'allow' ? 'Granted by' : 'Denied by';
    columns.push({ id: 'policies', header, cell: (a) => <GrantedBy policies={a.grantedBy} /> });
  }
  if (boundary && props.effect === 'allow' && row.recognized) {
    columns.push({
      id: 'boundary',
      header: 'Permissions boundary',
      cell: (a) =>
        boundaryAllowsAction(row.prefix, a.name, boundary) ? (
          <StatusIndicator type="success">Allowed</StatusIndicator>
        ) : (
          <StatusIndicator type="stopped">Not allowed</StatusIndicator>
        ),
    });
  }
  const verb = props.effect === 'allow' ? 'allowed' : 'denied';
  return (
    <Table<ActionSummary>
      variant="embedded"
      header={
        <Header
          variant="h3"
          counter={`(${row.actions.length})`}
          actions={<Button onClick={props.onBack}>Back to services</Button>}
        >
          {row.name} actions {verb}
        </Header>
      }
      items={row.actions}
      trackBy="name"
      ariaLabels={{ tableLabel: `${row.name} actions ${verb}` }}
      wrapLines
      columnDefinitions={columns}
    />
  );
}

/** The Allow and explicit Deny tables of a computed summary, with the drill-down to actions. */
export function PolicySummaryTables({
  summary,
  options = {},
}: {
  summary: PolicySummary;
  options?: SummaryOptions;
}) {
  const [open, setOpen] = useState<{ effect: 'allow' | 'deny'; prefix: string } | undefined>();
  const opened = open && summary[open.effect].find((r) => r.prefix === open.prefix);
  if (open && opened) {
    return (
      <ActionsTable row={opened} effect={open.effect} options={options} onBack={() => setOpen(undefined)} />
    );
  }
  return (
    <div data-testid="policy-summary">
      <SpaceBetween size="m">
        <ServicesTable
          title="Allow"
          rows={summary.allow}
          onOpen={(r) => setOpen({ effect: 'allow', prefix: r.prefix })}
          options={{ ...options, effect: 'allow' }}
        />
        {summary.deny.length > 0 ? (
          <ServicesTable
            title="Explicit deny"
            rows={summary.deny}
            onOpen={(r) => setOpen({ effect: 'deny', prefix: r.prefix })}
            options={{ ...options, effect: 'deny' }}
          />
        ) : null}
      </SpaceBetween>
    </div>
  );
}

/** The summary of one or more policy documents (a managed policy's page). */
export function PolicySummaryView({ documents }: { documents: string[] }) {
  const { summary, error, loading } = usePolicySummary(documents);
  if (error) return <ErrorPanel error={error} header="The service catalog could not be loaded" />;
  if (loading || !summary) return <Spinner />;
  return <PolicySummaryTables summary={summary} />;
}
