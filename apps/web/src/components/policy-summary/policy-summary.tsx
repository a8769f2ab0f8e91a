// The AWS console's "Permissions summary": one row per service (access level, resource,
// request condition), Allow and explicit Deny apart; click a service for its actions.
import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Header from '@cloudscape-design/components/header';
import Button from '@cloudscape-design/components/button';
import { useState } from 'react';
import { ErrorPanel } from '../error-panel.js';
import {
  conditionLabels,
  resourceLabel,
  type ActionSummary,
  type ServiceSummary,
} from './summarize-policy.js';
import { usePolicySummary } from './use-policy-summary.js';

function Conditions({ conditions }: { conditions: ServiceSummary['conditions'] }) {
  const labels = conditionLabels(conditions);
  if (labels.length === 0) return <>None</>;
  return (
    <SpaceBetween size="xxs">
      {labels.map((l) => (
        <Box key={l} variant="code" fontSize="body-s">
          {l}
        </Box>
      ))}
    </SpaceBetween>
  );
}

function ServiceName({ row, onOpen }: { row: ServiceSummary; onOpen: () => void }) {
  if (!row.recognized) {
    return (
      <SpaceBetween size="xxs">
        <span>{row.name}</span>
        <StatusIndicator type="warning">Unrecognized service</StatusIndicator>
      </SpaceBetween>
    );
  }
  return (
    <SpaceBetween size="xxs">
      {row.prefix === '*' ? <span>{row.name}</span> : <Link onFollow={onOpen}>{row.name}</Link>}
      {row.unrecognizedActions.length > 0 ? (
        <StatusIndicator type="warning">
          Unrecognized action{row.unrecognizedActions.length > 1 ? 's' : ''}:{' '}
          {row.unrecognizedActions.join(', ')}
        </StatusIndicator>
      ) : null}
    </SpaceBetween>
  );
}

function ServicesTable(props: {
  title: string;
  rows: ServiceSummary[];
  onOpen: (row: ServiceSummary) => void;
}) {
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
      columnDefinitions={[
        {
          id: 'service',
          header: 'Service',
          cell: (r) => <ServiceName row={r} onOpen={() => props.onOpen(r)} />,
        },
        { id: 'access', header: 'Access level', cell: (r) => (r.recognized ? r.accessLabel : '—') },
        { id: 'resource', header: 'Resource', cell: (r) => resourceLabel(r) },
        {
          id: 'condition',
          header: 'Request condition',
          cell: (r) => <Conditions conditions={r.conditions} />,
        },
      ]}
      empty={<Box color="text-body-secondary">None</Box>}
    />
  );
}

function ActionsTable({ row, onBack }: { row: ServiceSummary; onBack: () => void }) {
  return (
    <Table<ActionSummary>
      variant="embedded"
      header={
        <Header
          variant="h3"
          counter={`(${row.actions.length})`}
          actions={<Button onClick={onBack}>Back to services</Button>}
        >
          {row.name} actions
        </Header>
      }
      items={row.actions}
      trackBy="name"
      ariaLabels={{ tableLabel: `${row.name} actions` }}
      columnDefinitions={[
        {
          id: 'action',
          header: 'Action',
          cell: (a) =>
            a.recognized ? (
              a.name
            ) : (
              <StatusIndicator type="warning">{`${a.name} (Unrecognized action)`}</StatusIndicator>
            ),
        },
        { id: 'level', header: 'Access level', cell: (a) => a.accessLevel ?? '—' },
        { id: 'resource', header: 'Resource', cell: (a) => resourceLabel(a) },
        {
          id: 'condition',
          header: 'Request condition',
          cell: (a) => <Conditions conditions={a.conditions} />,
        },
      ]}
    />
  );
}

/** The summary of one or more policy documents (a user's or role's effective set). */
export function PolicySummaryView({ documents }: { documents: string[] }) {
  const { summary, error, loading } = usePolicySummary(documents);
  const [open, setOpen] = useState<{ effect: 'allow' | 'deny'; prefix: string } | undefined>();
  if (error) return <ErrorPanel error={error} header="The service catalog could not be loaded" />;
  if (loading || !summary) return <Spinner />;
  const opened = open && summary[open.effect].find((r) => r.prefix === open.prefix);
  if (opened) return <ActionsTable row={opened} onBack={() => setOpen(undefined)} />;
  return (
    <div data-testid="policy-summary">
      <SpaceBetween size="m">
        <ServicesTable
          title="Allow"
          rows={summary.allow}
          onOpen={(r) => setOpen({ effect: 'allow', prefix: r.prefix })}
        />
        {summary.deny.length > 0 ? (
          <ServicesTable
            title="Explicit deny"
            rows={summary.deny}
            onOpen={(r) => setOpen({ effect: 'deny', prefix: r.prefix })}
          />
        ) : null}
      </SpaceBetween>
    </div>
  );
}
