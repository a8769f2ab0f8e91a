// Resync an MFA device whose clock drifted: two consecutive codes let the server find where the
// device's counter is now.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import { resyncMfaDevice, type CredentialOwner, type MfaDevice } from '../../api/credentials-api.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../error-panel.js';
import { MfaCodeInput, mfaCodeProblem } from './mfa-code-input.js';

interface ResyncMfaModalProps {
  owner: CredentialOwner;
  device: MfaDevice;
  name: string;
  onDismiss: () => void;
}

export function ResyncMfaModal({ owner, device, name, onDismiss }: ResyncMfaModalProps) {
  const [code1, setCode1] = useState('');
  const [code2, setCode2] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const { notify } = useNotifications();
  const resync = useWriteMutation('credentials', {
    mutationFn: () =>
      resyncMfaDevice(owner, device.serialNumber, { authenticationCode1: code1, authenticationCode2: code2 }),
    onSuccess: () => {
      notify({ type: 'success', content: `MFA device ${name} resynchronized.` });
      onDismiss();
    },
  });
  const busy = resync.isPending;
  const error = resync.error;
  const problem1 = mfaCodeProblem(code1);
  const problem2 =
    mfaCodeProblem(code2) ?? (code1 === code2 ? 'Enter the next code, not the same one again.' : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (problem1 || problem2) return;
    resync.mutate();
  }

  return (
    <Modal visible header={`Resync MFA device ${name}`} onDismiss={onDismiss} closeAriaLabel="Close dialog">
      <form onSubmit={submit} aria-label="Resync MFA device">
        <SpaceBetween size="m">
          <Box variant="p">
            If sign-in keeps refusing correct codes, the device&apos;s clock may have drifted. Enter two
            consecutive codes from it.
          </Box>
          <MfaCodeInput
            label="MFA code 1"
            controlId="resync-code-1"
            value={code1}
            onChange={setCode1}
            errorText={showErrors ? problem1 : undefined}
            autoFocus
          />
          <MfaCodeInput
            label="MFA code 2"
            controlId="resync-code-2"
            value={code2}
            onChange={setCode2}
            errorText={showErrors ? problem2 : undefined}
          />
          {error ? <ErrorPanel error={error} header="The MFA device was not resynchronized" /> : null}
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" formAction="none" onClick={onDismiss} disabled={busy}>
                Cancel
              </Button>
              <Button variant="primary" formAction="submit" loading={busy}>
                Resync
              </Button>
            </SpaceBetween>
          </Box>
        </SpaceBetween>
      </form>
    </Modal>
  );
}
