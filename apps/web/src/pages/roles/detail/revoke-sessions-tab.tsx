// The "Revoke sessions" tab, as AWS's console has it: revoke every active session of the role at
// once, and what the last revocation left in force (the AWSRevokeOlderSessions inline policy).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { roleInlinePoliciesQuery, roleInlinePolicyQuery } from '../../../api/roles-api.js';
import { useFollow } from '../../../app/use-follow.js';
import { formatDateTime } from '../../../components/format-date.js';
import { REVOKE_POLICY_NAME, revokedBeforeOf } from './revoked-sessions.js';

const RevokeSessionsModal = lazy(async () => ({
  default: (await import('./revoke-sessions-modal.js')).RevokeSessionsModal,
}));

export function RevokeSessionsTab({ roleName }: { roleName: string }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="If the role's temporary credentials may have been exposed, deny every session issued until now. Sessions issued afterwards keep the role's permissions."
          actions={<Button onClick={() => setConfirming(true)}>Revoke active sessions</Button>}
        >
          Revoke active sessions
        </Header>
      }
    >
      <RevocationStatus roleName={roleName} />
      {confirming ? (
        <Suspense fallback={null}>
          <RevokeSessionsModal roleName={roleName} onDismiss={() => setConfirming(false)} />
        </Suspense>
      ) : null}
    </Container>
  );
}

function RevocationStatus({ roleName }: { roleName: string }) {
  const follow = useFollow();
  const inline = useQuery(roleInlinePoliciesQuery(roleName));
  const listed = inline.data?.items.find((policy) => policy.policyName === REVOKE_POLICY_NAME);
  // The list usually carries each document; ask for this one only when it does not.
  const single = useQuery({
    ...roleInlinePolicyQuery(roleName, REVOKE_POLICY_NAME),
    enabled: !!listed && !listed.document,
  });
  if (inline.isPending) return <Spinner />;
  if (inline.error)
    return <StatusIndicator type="error">The role's inline policies could not be loaded.</StatusIndicator>;
  if (!listed) {
    return (
      <Box variant="p">
        No sessions of this role have been revoked: every unexpired session has the role's permissions.
      </Box>
    );
  }
  const revokedBefore = revokedBeforeOf(listed.document ?? single.data?.document);
  const policyHref = `/roles/${encodeURIComponent(roleName)}/inline-policies/${REVOKE_POLICY_NAME}`;
  return (
    <SpaceBetween size="xs">
      <StatusIndicator type="info">
        {revokedBefore
          ? `Sessions issued before ${formatDateTime(revokedBefore)} are denied.`
          : 'Older sessions of this role are denied.'}
      </StatusIndicator>
      <Box variant="p">
        The inline policy{' '}
        <Link href={policyHref} onFollow={follow}>
          {REVOKE_POLICY_NAME}
        </Link>{' '}
        denies them every action. Revoking again moves the time forward; deleting the policy lets those
        sessions act again until they expire.
      </Box>
    </SpaceBetween>
  );
}
