// `/organizations/accounts/:accountId`: one account of the organization — its details and where
// it sits (path), and its service control policies, attached and inherited. Move and Remove from
// organization are in the header.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { organizationAccountQuery, organizationTreeQuery } from '../../../api/organizations-api.js';
import type { AccountDetail } from '../../../api/organizations-types.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { formatDateTime } from '../../../components/format-date.js';
import { ManagementGate } from '../organization-gate.js';
import { buildOrgTree, findNode } from '../org-tree.js';
import { scpsEnabled } from '../scp-enabled.js';
import { ORGANIZATION_PATHS } from '../organizations-navigation.js';
import { MoveAccountModal } from '../shared/move-account-modal.js';
import { RemoveAccountModal } from '../shared/remove-account-modal.js';
import { TargetPolicies } from '../shared/target-policies.js';

export function AccountDetailPage() {
  const accountId = useParams().accountId ?? '';
  return (
    <ManagementGate title={accountId}>{() => <AccountDetailView accountId={accountId} />}</ManagementGate>
  );
}

function AccountDetailView({ accountId }: { accountId: string }) {
  const detail = useQuery(organizationAccountQuery(accountId));
  const tree = useQuery(organizationTreeQuery());
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'move' | 'remove' | null>(null);
  const root = useMemo(() => (tree.data ? buildOrgTree(tree.data) : null), [tree.data]);
  const node = root ? findNode(root, accountId) : undefined;

  if (detail.isPending) return <Spinner size="large" />;
  if (detail.error) {
    return (
      <ContentLayout header={<Header variant="h1">{accountId}</Header>}>
        <ErrorPanel
          error={detail.error}
          header={`Account ${accountId} could not be loaded`}
          onRetry={() => void detail.refetch()}
        />
      </ContentLayout>
    );
  }
  const { account, policies } = detail.data;
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={account.management ? 'The management account of the organization.' : undefined}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                disabled={account.management}
                disabledReason="The management account can't leave its organization: delete the organization instead."
                onClick={() => setDialog('remove')}
              >
                Remove from organization
              </Button>
              <Button disabled={!node} onClick={() => setDialog('move')}>
                Move
              </Button>
            </SpaceBetween>
          }
        >
          {account.name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <AccountOverview detail={detail.data} />
        <Tabs
          ariaLabel="Account details"
          tabs={[
            {
              id: 'policies',
              label: 'Policies',
              content: (
                <TargetPolicies
                  targetId={account.id}
                  targetName={account.name}
                  attached={policies.attached}
                  inherited={policies.inherited}
                  enabled={scpsEnabled(tree.data)}
                />
              ),
            },
          ]}
        />
      </SpaceBetween>
      {dialog === 'move' && root && node ? (
        <MoveAccountModal root={root} account={node} onDismiss={() => setDialog(null)} />
      ) : null}
      {dialog === 'remove' ? (
        <RemoveAccountModal
          account={account}
          onDismiss={() => setDialog(null)}
          onRemoved={() => navigate(ORGANIZATION_PATHS.accounts)}
        />
      ) : null}
    </ContentLayout>
  );
}

function AccountOverview({ detail }: { detail: AccountDetail }) {
  const { account, path } = detail;
  return (
    <Container header={<Header variant="h2">Account details</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Account name', value: account.name },
          { label: 'Account ID', value: account.id },
          { label: 'Email', value: account.email },
          { label: 'Account alias', value: account.alias ?? '-' },
          { label: 'ARN', value: account.arn },
          {
            label: 'Path',
            value: (
              <span data-testid="account-path">{[...path.map((p) => p.name), account.name].join(' / ')}</span>
            ),
          },
          { label: 'Joined method', value: account.joinedMethod === 'CREATED' ? 'Created' : 'Invited' },
          { label: 'Joined date', value: formatDateTime(account.joinedTimestamp) },
          {
            label: 'Status',
            value: (
              <StatusIndicator type={account.status === 'ACTIVE' ? 'success' : 'stopped'}>
                {account.status === 'ACTIVE' ? 'Active' : account.status}
              </StatusIndicator>
            ),
          },
        ]}
      />
    </Container>
  );
}
