// `/organizations/invitations`: invitations to join an organization (handshakes). The management
// account sees those it sent; an account that was invited sees those it received and accepts or
// declines an open one. Accepting makes the account a member, bound by the organization's SCPs.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  acceptHandshake,
  declineHandshake,
  handshakesQuery,
  organizationQuery,
} from '../../../api/organizations-api.js';
import type { Handshake, HandshakeState } from '../../../api/organizations-types.js';
import { useNotifications } from '../../../app/notifications.js';
import { useFollow } from '../../../app/use-follow.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { formatDateTime } from '../../../components/format-date.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';

const STATES: Record<HandshakeState, { type: StatusIndicatorProps.Type; text: string }> = {
  OPEN: { type: 'pending', text: 'Open' },
  ACCEPTED: { type: 'success', text: 'Accepted' },
  DECLINED: { type: 'stopped', text: 'Declined' },
  CANCELED: { type: 'stopped', text: 'Canceled' },
  EXPIRED: { type: 'stopped', text: 'Expired' },
};

export function InvitationsPage() {
  const follow = useFollow();
  const { notify } = useNotifications();
  const organization = useQuery(organizationQuery());
  const handshakes = useQuery(handshakesQuery());
  const [selected, setSelected] = useState<Handshake | null>(null);
  const management = organization.data?.organization?.role === 'management';
  const respond = useOrganizationMutation(
    ({ handshake, accept }: { handshake: Handshake; accept: boolean }) =>
      accept ? acceptHandshake(handshake.id) : declineHandshake(handshake.id),
    (_data, { handshake, accept }) => {
      setSelected(null);
      notify({
        type: 'success',
        content: accept
          ? `You joined organization ${handshake.organizationId}.`
          : `Invitation from organization ${handshake.organizationId} declined.`,
      });
    },
  );
  const openReceived = selected?.direction === 'received' && selected.state === 'OPEN';
  const items = handshakes.data?.handshakes ?? [];

  return (
    <SpaceBetween size="m">
      {respond.error ? <ErrorPanel error={respond.error} header="The invitation was not answered" /> : null}
      <Table<Handshake>
        variant="full-page"
        items={items}
        trackBy="id"
        loading={handshakes.isPending}
        loadingText="Loading invitations"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems[0] ?? null)}
        ariaLabels={{
          tableLabel: 'Invitations',
          selectionGroupLabel: 'Select an invitation',
          itemSelectionLabel: (_s, h) => `Select invitation ${h.id}`,
        }}
        columnDefinitions={[
          { id: 'id', header: 'Invitation ID', isRowHeader: true, cell: (h) => h.id },
          {
            id: 'direction',
            header: 'Direction',
            cell: (h) => (h.direction === 'sent' ? 'Sent' : 'Received'),
          },
          {
            id: 'account',
            header: 'Account',
            cell: (h) =>
              h.direction === 'sent' ? h.targetAccountId : `${h.masterAccountId} (management account)`,
          },
          { id: 'organization', header: 'Organization ID', cell: (h) => h.organizationId },
          {
            id: 'state',
            header: 'Status',
            cell: (h) => (
              <StatusIndicator type={STATES[h.state].type}>{STATES[h.state].text}</StatusIndicator>
            ),
          },
          { id: 'requested', header: 'Requested', cell: (h) => formatDateTime(h.requestedTimestamp) },
          { id: 'expires', header: 'Expires', cell: (h) => formatDateTime(h.expirationTimestamp) },
        ]}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={handshakes.data ? `(${items.length})` : undefined}
            description={
              management
                ? 'Invitations your organization sent to existing accounts. An account joins when its owner accepts.'
                : 'Invitations your account received to join an organization.'
            }
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh invitations"
                  onClick={() => void handshakes.refetch()}
                />
                {management ? (
                  <Button variant="primary" href="/organizations/accounts/add?mode=invite" onFollow={follow}>
                    Invite an AWS account
                  </Button>
                ) : (
                  <>
                    <Button
                      disabled={!openReceived}
                      loading={respond.isPending && respond.variables?.accept === false}
                      onClick={() => selected && respond.mutate({ handshake: selected, accept: false })}
                    >
                      Decline
                    </Button>
                    <Button
                      variant="primary"
                      disabled={!openReceived}
                      loading={respond.isPending && respond.variables?.accept === true}
                      onClick={() => selected && respond.mutate({ handshake: selected, accept: true })}
                    >
                      Accept invitation
                    </Button>
                  </>
                )}
              </SpaceBetween>
            }
          >
            Invitations
          </Header>
        }
        empty={
          handshakes.error ? (
            <ErrorPanel
              error={handshakes.error}
              header="Invitations could not be loaded"
              onRetry={() => void handshakes.refetch()}
            />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No invitations</b>
              <Box variant="p" color="inherit">
                {management
                  ? 'Your organization has not invited any account.'
                  : 'Your account has no invitations.'}
              </Box>
            </Box>
          )
        }
      />
    </SpaceBetween>
  );
}
