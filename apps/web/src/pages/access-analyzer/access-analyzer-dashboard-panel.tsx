// The dashboard's Access analyzer panel: active findings by kind, each a link to the list.
// A caller who may not list findings sees why instead of figures.
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.js';
import { findingCountsQuery } from '../../api/access-analyzer-api.js';
import { useFollow } from '../../app/use-follow.js';
import { ErrorPanel } from '../../components/error-panel.js';

export function AccessAnalyzerDashboardPanel() {
  const follow = useFollow();
  const counts = useQuery(findingCountsQuery());
  const body = counts.isPending ? (
    <Spinner />
  ) : counts.error ? (
    counts.error instanceof ApiError && counts.error.code === 'AccessDenied' ? (
      <Box color="text-body-secondary">You are not allowed to list Access Analyzer findings.</Box>
    ) : (
      <ErrorPanel error={counts.error} header="Findings could not be counted" />
    )
  ) : (
    <ColumnLayout columns={2} variant="text-grid">
      {(
        [
          ['External access', counts.data.active.external, '/access-analyzer?category=external'],
          ['Unused access', counts.data.active.unused, '/access-analyzer?category=unused'],
        ] as const
      ).map(([label, count, href]) => (
        <div key={label}>
          <Box variant="awsui-key-label">{label}</Box>
          <Link
            href={href}
            onFollow={follow}
            fontSize="display-l"
            ariaLabel={`Active ${label.toLowerCase()} findings: ${count}`}
          >
            {count.toLocaleString('en-US')}
          </Link>
        </div>
      ))}
    </ColumnLayout>
  );
  return (
    <Container
      header={
        <Header variant="h2" description="Active findings of the account's access analyzer.">
          Access analyzer
        </Header>
      }
    >
      {body}
    </Container>
  );
}
