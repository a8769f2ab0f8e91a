// `/`: the IAM dashboard. Account identity and alias, the IAM users' sign-in URL, resource
// counts against quotas, and the security recommendations (root MFA and keys, password policy,
// users without MFA, old and unused credentials).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { accountQuery } from '../../api/queries/account.js';
import { whoamiQuery } from '../../api/queries/auth.js';
import type { AccountSummary, WhoAmI } from '../../api/types.js';
import { useFollow } from '../../app/use-follow.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { SecurityRecommendationsPanel } from '../../components/credentials/security-recommendations-panel.js';
import { AccessAnalyzerDashboardPanel } from '../access-analyzer/access-analyzer-dashboard-panel.js';
import { AccountAliasModal, DeleteAliasModal } from './account-alias-modals.js';
import { iamSignInUrl, resourceCounts } from './resource-counts.js';

export function DashboardPage() {
  const me = useQuery(whoamiQuery()).data;
  const account = useQuery(accountQuery());
  return (
    <ContentLayout header={<Header variant="h1">IAM dashboard</Header>}>
      <Grid gridDefinition={[{ colspan: { default: 12, s: 8 } }, { colspan: { default: 12, s: 4 } }]}>
        <SpaceBetween size="l">
          {me ? <SecurityRecommendationsPanel viewer={me.type} /> : null}
          <Container header={<Header variant="h2">IAM resources</Header>}>
            {account.isPending ? (
              <Spinner />
            ) : account.error ? (
              <ErrorPanel error={account.error} header="Resource counts could not be loaded" />
            ) : (
              <ResourceCounts summary={account.data} />
            )}
          </Container>
          <AccessAnalyzerDashboardPanel />
        </SpaceBetween>
        {me ? <AccountPanel me={me} summary={account.data} /> : <Spinner />}
      </Grid>
    </ContentLayout>
  );
}

function ResourceCounts({ summary }: { summary: AccountSummary }) {
  const follow = useFollow();
  const rows = resourceCounts(summary);
  if (rows.length === 0) return <Box color="text-body-secondary">No resource counts were reported.</Box>;
  return (
    <ColumnLayout columns={4} variant="text-grid" minColumnWidth={120}>
      {rows.map((row) => (
        <div key={row.key}>
          <Box variant="awsui-key-label">{row.label}</Box>
          <Link
            href={row.href}
            onFollow={follow}
            fontSize="display-l"
            ariaLabel={`${row.label}: ${row.count}`}
          >
            {row.count.toLocaleString('en-US')}
          </Link>
          {row.quota !== undefined ? (
            <Box variant="small" color="text-body-secondary" display="block">
              of {row.quota.toLocaleString('en-US')} (quota)
            </Box>
          ) : null}
        </div>
      ))}
    </ColumnLayout>
  );
}

function AccountPanel({ me, summary }: { me: WhoAmI; summary?: AccountSummary }) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const accountId = summary?.accountId ?? me.accountId;
  const alias = summary ? summary.alias : me.alias;
  const url = iamSignInUrl(window.location.origin, accountId, alias);
  return (
    <Container header={<Header variant="h2">Account</Header>}>
      <KeyValuePairs
        columns={1}
        items={[
          {
            label: 'Account ID',
            value: (
              <CopyToClipboard
                variant="inline"
                textToCopy={accountId}
                copyButtonAriaLabel="Copy account ID"
                copySuccessText="Account ID copied"
                copyErrorText="Account ID failed to copy"
              />
            ),
          },
          {
            label: 'Account alias',
            value: (
              <SpaceBetween size="xs">
                <span data-testid="account-alias">{alias ?? '-'}</span>
                <SpaceBetween direction="horizontal" size="xs">
                  <Button onClick={() => setEditing(true)}>{alias ? 'Edit' : 'Create'}</Button>
                  {alias ? <Button onClick={() => setDeleting(true)}>Delete</Button> : null}
                </SpaceBetween>
              </SpaceBetween>
            ),
          },
          {
            label: 'Sign-in URL for IAM users in this account',
            value: (
              <CopyToClipboard
                variant="inline"
                textToCopy={url}
                copyButtonAriaLabel="Copy sign-in URL"
                copySuccessText="Sign-in URL copied"
                copyErrorText="Sign-in URL failed to copy"
              />
            ),
          },
        ]}
      />
      {editing ? <AccountAliasModal current={alias} onDismiss={() => setEditing(false)} /> : null}
      {deleting && alias ? (
        <DeleteAliasModal visible alias={alias} onDismiss={() => setDeleting(false)} />
      ) : null}
    </Container>
  );
}
