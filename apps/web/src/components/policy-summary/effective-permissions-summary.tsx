// A user's or role's permissions summary: every identity policy that applies (inline, managed,
// via groups) summarised by service, each row naming the policies behind it; the permissions
// boundary stated as the limit it is, with a link to it.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { effectivePoliciesQuery } from '../../api/simulator-api.js';
import { ErrorPanel } from '../error-panel.js';
import { PolicySummaryTables } from './policy-summary.js';
import type { EffectiveSummary } from './summarize-effective-policies.js';
import { PolicyLink } from './summary-cells.js';
import { useEffectiveSummary } from './use-effective-summary.js';

function BoundaryNotice({ boundary, kind }: { boundary: EffectiveSummary['boundary']; kind: string }) {
  if (!boundary) return null;
  return (
    <Alert type="info" header="Limited by a permissions boundary">
      <SpaceBetween size="xxs">
        <span>
          This {kind} may do only what both its policies and the permissions boundary{' '}
          {boundary.policies.map((p) => (
            <PolicyLink key={p.id} policy={p} />
          ))}{' '}
          allow. The boundary grants nothing by itself.
        </span>
        <Box variant="small" color="text-body-secondary">
          The Permissions boundary column compares actions; the boundary’s resources and conditions also
          apply.
        </Box>
      </SpaceBetween>
    </Alert>
  );
}

export function EffectivePermissionsSummary({ kind, name }: { kind: 'user' | 'role'; name: string }) {
  const effective = useQuery({ ...effectivePoliciesQuery(kind, name), staleTime: 0 });
  const { summary, error, loading } = useEffectiveSummary(effective.data?.items);
  if (effective.error) {
    return <ErrorPanel error={effective.error} header="The policies could not be loaded" />;
  }
  if (error) return <ErrorPanel error={error} header="The service catalog could not be loaded" />;
  if (loading || !summary) return <Spinner />;
  const identityCount = effective.data!.items.filter((p) => p.category === 'identity').length;
  return (
    <SpaceBetween size="m">
      <BoundaryNotice boundary={summary.boundary} kind={kind} />
      {summary.unreadable.length > 0 ? (
        <Alert type="warning" header="Not summarised">
          These policies could not be read and are left out:{' '}
          {summary.unreadable.map((p) => p.label).join(', ')}
        </Alert>
      ) : null}
      {identityCount === 0 ? (
        <Box color="text-body-secondary">
          No permissions policies apply, so every request this {kind} makes is denied.
        </Box>
      ) : (
        <PolicySummaryTables
          summary={summary.permissions}
          options={{ showGrantedBy: true, boundary: summary.boundary?.summary }}
        />
      )}
    </SpaceBetween>
  );
}
