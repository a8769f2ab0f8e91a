// Cells of the summary tables: service name with its flags, conditions, the policies behind a
// row (linked to their pages), and how much of a row the permissions boundary lets through.
import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useFollow } from '../../app/use-follow.js';
import { policyPageHref } from '../statement-viewer/policy-page-href.js';
import { resourceMismatchLabel } from './resource-mismatch-label.js';
import type { BoundaryCoverage } from './summarize-effective-policies.js';
import {
  conditionLabels,
  resourceLabel,
  type ActionSummary,
  type ServiceSummary,
  type SummaryPolicyRef,
} from './summarize-policy.js';

export function Conditions({
  conditions,
  mixed,
}: {
  conditions: ServiceSummary['conditions'];
  mixed?: boolean;
}) {
  if (mixed) return <>Multiple</>;
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

/** An action's resources: each ARN it can act on, or why it acts on none. */
export function ActionResources({ action }: { action: ActionSummary }) {
  const mismatch = resourceMismatchLabel(action);
  if (mismatch) return <StatusIndicator type="warning">{mismatch}</StatusIndicator>;
  if (action.resources.length < 2 || action.resources.includes('*')) return <>{resourceLabel(action)}</>;
  return (
    <SpaceBetween size="xxs">
      {action.resources.map((r) => (
        <Box key={r} variant="code" fontSize="body-s">
          {r}
        </Box>
      ))}
      {action.notResources.length > 0 ? (
        <span>{resourceLabel({ resources: [], notResources: action.notResources })}</span>
      ) : null}
    </SpaceBetween>
  );
}

export function ServiceName({ row, onOpen }: { row: ServiceSummary; onOpen: () => void }) {
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

export function PolicyLink({ policy }: { policy: SummaryPolicyRef }) {
  const follow = useFollow();
  const href = policyPageHref(policy.id);
  return href ? (
    <Link href={href} onFollow={follow}>
      {policy.label}
    </Link>
  ) : (
    <>{policy.label}</>
  );
}

export function GrantedBy({ policies }: { policies: SummaryPolicyRef[] }) {
  return (
    <SpaceBetween size="xxs">
      {policies.map((p) => (
        <PolicyLink key={p.id} policy={p} />
      ))}
    </SpaceBetween>
  );
}

export function BoundaryCell({ coverage }: { coverage: BoundaryCoverage }) {
  switch (coverage.kind) {
    case 'all':
      return <StatusIndicator type="success">Allowed</StatusIndicator>;
    case 'some':
      return (
        <StatusIndicator type="warning">{`${coverage.allowed} of ${coverage.of} actions allowed`}</StatusIndicator>
      );
    case 'limited':
      return <StatusIndicator type="warning">Only what the boundary allows</StatusIndicator>;
    case 'none':
      return <StatusIndicator type="stopped">Not allowed by the boundary</StatusIndicator>;
  }
}
