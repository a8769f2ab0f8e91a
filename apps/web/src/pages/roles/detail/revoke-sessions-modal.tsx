// Confirms "Revoke active sessions" and says what it does, as AWS's console does: an inline policy
// that denies the role's older sessions everything, so whoever assumed the role must assume it again.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { revokeRoleSessions } from '../../../api/roles-api.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { formatDateTime } from '../../../components/format-date.js';
import { REVOKE_POLICY_NAME } from './revoked-sessions.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';

export function RevokeSessionsModal({ roleName, onDismiss }: { roleName: string; onDismiss: () => void }) {
  const [acknowledged, setAcknowledged] = useState(false);
  const { notify } = useNotifications();
  const revoke = useWriteMutation('role', {
    mutationFn: () => revokeRoleSessions(roleName),
    onSuccess: async ({ revokedBefore }) => {
      notify({
        type: 'success',
        header: `Active sessions of role ${roleName} revoked`,
        content: `Sessions issued before ${formatDateTime(revokedBefore)} are denied by the inline policy ${REVOKE_POLICY_NAME}.`,
      });
      onDismiss();
    },
  });

  return (
    <Modal
      visible
      header="Revoke active sessions?"
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={revoke.isPending}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!acknowledged}
              loading={revoke.isPending}
              onClick={() => revoke.mutate()}
            >
              Revoke active sessions
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          Every session of <Box variant="strong">{roleName}</Box> issued before now loses all its permissions.
          Gatehouse adds the inline policy <Box variant="code">{REVOKE_POLICY_NAME}</Box> to the role (or
          replaces it): it denies every action to sessions whose <Box variant="code">aws:TokenIssueTime</Box>{' '}
          is earlier than the time you revoke.
        </Box>
        <Alert type="warning">
          Users and applications that assumed this role lose access at once and must assume it again to get
          new credentials. Sessions issued after now are not affected.
        </Alert>
        <Checkbox checked={acknowledged} onChange={({ detail }) => setAcknowledged(detail.checked)}>
          I acknowledge that I am revoking all active sessions for this role.
        </Checkbox>
        {revoke.error ? <ErrorPanel error={revoke.error} header="Sessions were not revoked" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
