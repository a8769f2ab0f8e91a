// Assign MFA device, as the IAM console does it: name the device, scan the QR code (or type the
// secret key shown under "Show secret key"), then prove it works with two consecutive codes.
// Abandoning the wizard after the device was created deletes the unfinished device.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import { fieldErrorFor } from '../../api/api-error.js';
import {
  createVirtualMfaDevice,
  deleteMfaDevice,
  enableMfaDevice,
  type CreatedVirtualMfaDevice,
  type CredentialOwner,
} from '../../api/credentials-api.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../error-panel.js';
import { validateMfaDeviceName } from '../validation/iam-names.js';
import { MfaCodeInput, mfaCodeProblem } from './mfa-code-input.js';
import { QrCode } from './qr-code.js';

const deviceNameProblem = validateMfaDeviceName;

export function AssignMfaModal({ owner, onDismiss }: { owner: CredentialOwner; onDismiss: () => void }) {
  const [device, setDevice] = useState<CreatedVirtualMfaDevice | null>(null);
  // The device exists but was never enabled: removed on cancel so the name is free again (a
  // failure is left alone; the device stays unassigned either way).
  const discard = useWriteMutation('credentials', {
    mutationFn: (serialNumber: string) => deleteMfaDevice(owner, serialNumber),
  });

  function cancel() {
    if (device) discard.mutate(device.serialNumber);
    onDismiss();
  }

  return (
    <Modal visible header="Assign MFA device" onDismiss={cancel} closeAriaLabel="Close dialog" size="medium">
      {device ? (
        <SetUpDevice owner={owner} device={device} onCancel={cancel} onDone={onDismiss} />
      ) : (
        <NameDevice owner={owner} onCreated={setDevice} onCancel={cancel} />
      )}
    </Modal>
  );
}

function NameDevice(props: {
  owner: CredentialOwner;
  onCreated: (device: CreatedVirtualMfaDevice) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const problem = deviceNameProblem(name);
  const create = useWriteMutation('credentials', {
    mutationFn: (deviceName: string) => createVirtualMfaDevice(props.owner, deviceName),
    onSuccess: props.onCreated,
  });
  const busy = create.isPending;
  const error = create.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (problem) return;
    create.mutate(name);
  }

  const serverProblem = fieldErrorFor(error, 'deviceName');
  return (
    <form onSubmit={submit} aria-label="Name the MFA device">
      <SpaceBetween size="m">
        <FormField
          label="Device name"
          controlId="mfa-device-name"
          description="Enter a meaningful name to identify this device. Maximum 226 characters."
          errorText={(showErrors ? problem : undefined) ?? serverProblem}
        >
          <Input
            controlId="mfa-device-name"
            value={name}
            onChange={({ detail }) => setName(detail.value)}
            autoFocus
          />
        </FormField>
        <FormField
          label="MFA device"
          description="Authenticator app installed on a mobile device or computer."
        >
          <Box>Authenticator app (virtual MFA device)</Box>
        </FormField>
        {error && !serverProblem ? (
          <ErrorPanel error={error} header="The MFA device was not created" />
        ) : null}
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={props.onCancel}>
              Cancel
            </Button>
            <Button variant="primary" formAction="submit" loading={busy}>
              Next
            </Button>
          </SpaceBetween>
        </Box>
      </SpaceBetween>
    </form>
  );
}

function SetUpDevice(props: {
  owner: CredentialOwner;
  device: CreatedVirtualMfaDevice;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { owner, device } = props;
  const [code1, setCode1] = useState('');
  const [code2, setCode2] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const { notify } = useNotifications();
  const enable = useWriteMutation('credentials', {
    mutationFn: () =>
      enableMfaDevice(owner, device.serialNumber, { authenticationCode1: code1, authenticationCode2: code2 }),
    onSuccess: () => {
      notify({
        type: 'success',
        content: 'MFA device assigned. You will be asked for a code when you sign in.',
      });
      props.onDone();
    },
  });
  const busy = enable.isPending;
  const error = enable.error;
  const problem1 = mfaCodeProblem(code1);
  const problem2 =
    mfaCodeProblem(code2) ?? (code1 === code2 ? 'Enter the next code, not the same one again.' : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (problem1 || problem2) return;
    enable.mutate();
  }

  return (
    <form onSubmit={submit} aria-label="Set up the MFA device">
      <SpaceBetween size="m">
        <ol style={{ margin: 0, paddingLeft: 20 }}>
          <li>Install a compatible authenticator app on your mobile device or computer.</li>
          <li>Open the app and scan the QR code, or type the secret key shown under Show secret key.</li>
          <li>Enter two consecutive codes from the app.</li>
        </ol>
        <QrCode text={device.otpauthUri} label="QR code of the MFA device" />
        <ExpandableSection headerText="Show secret key">
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <Box variant="code" data-testid="mfa-secret-key">
              {device.base32StringSeed}
            </Box>
            <CopyToClipboard
              variant="icon"
              textToCopy={device.base32StringSeed}
              copyButtonAriaLabel="Copy secret key"
              copySuccessText="Secret key copied"
              copyErrorText="Secret key failed to copy"
            />
          </SpaceBetween>
        </ExpandableSection>
        <MfaCodeInput
          label="MFA code 1"
          controlId="mfa-code-1"
          value={code1}
          onChange={setCode1}
          errorText={showErrors ? problem1 : undefined}
        />
        <MfaCodeInput
          label="MFA code 2"
          controlId="mfa-code-2"
          description="Wait for the code to change (every 30 seconds), then enter the new one."
          value={code2}
          onChange={setCode2}
          errorText={showErrors ? problem2 : undefined}
        />
        {error ? <ErrorPanel error={error} header="The MFA device was not assigned" /> : null}
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={props.onCancel}>
              Cancel
            </Button>
            <Button variant="primary" formAction="submit" loading={busy}>
              Add MFA
            </Button>
          </SpaceBetween>
        </Box>
      </SpaceBetween>
    </form>
  );
}
