// The Security credentials tab: console sign-in (password enable / reset / disable), the user's
// MFA devices (an administrator sees and removes them) and access keys.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteLoginProfile, loginProfileQuery, putLoginProfile } from '../../../api/queries/users.js';
import type { User } from '../../../api/types.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { formatAge, formatDateTime } from '../../../components/format-date.js';
import {
  ConsolePasswordFields,
  defaultPasswordChoice,
  passwordChoiceProblem,
} from '../../../components/password/console-password-fields.js';
import { generatePassword } from '../../../components/password/generate-password.js';
import { AccessKeysSection } from '../../../components/credentials/access-keys-section.js';
import { MfaDevicesSection } from '../../../components/credentials/mfa-devices-section.js';
import { passwordProblemText } from '../../../components/credentials/password-problems.js';

export function UserSecurityCredentialsTab({ user }: { user: User }) {
  const owner = { kind: 'user', userName: user.userName } as const;
  return (
    <SpaceBetween size="l">
      <ConsoleSignInSection user={user} />
      <MfaDevicesSection owner={owner} />
      <AccessKeysSection owner={owner} />
    </SpaceBetween>
  );
}

function ConsoleSignInSection({ user }: { user: User }) {
  const profile = useQuery(loginProfileQuery(user.userName));
  const [managing, setManaging] = useState(false);
  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            <Button onClick={() => setManaging(true)} disabled={profile.isPending || Boolean(profile.error)}>
              Manage console access
            </Button>
          }
        >
          Console sign-in
        </Header>
      }
    >
      {profile.isPending ? (
        <Spinner />
      ) : profile.error ? (
        <ErrorPanel error={profile.error} header="Console access could not be loaded" />
      ) : (
        <KeyValuePairs
          columns={3}
          items={[
            {
              label: 'Console access',
              value: profile.data ? (
                <StatusIndicator type="success">Enabled</StatusIndicator>
              ) : (
                <StatusIndicator type="stopped">Disabled</StatusIndicator>
              ),
            },
            {
              label: 'Console password created',
              value: profile.data ? formatDateTime(profile.data.createDate) : '-',
            },
            { label: 'Last console sign-in', value: formatAge(user.passwordLastUsed) },
            {
              label: 'Password reset required',
              value: profile.data ? (profile.data.passwordResetRequired ? 'Yes' : 'No') : '-',
            },
          ]}
        />
      )}
      {managing ? (
        <ManageConsoleAccessModal
          userName={user.userName}
          enabled={Boolean(profile.data)}
          onDismiss={() => setManaging(false)}
        />
      ) : null}
    </Container>
  );
}

function ManageConsoleAccessModal(props: { userName: string; enabled: boolean; onDismiss: () => void }) {
  const { userName, enabled, onDismiss } = props;
  const [access, setAccess] = useState<'enable' | 'disable'>('enable');
  const [choice, setChoice] = useState(defaultPasswordChoice);
  const [showErrors, setShowErrors] = useState(false);
  const [newPassword, setNewPassword] = useState<string | null>(null);
  const { notify } = useNotifications();

  const save = useWriteMutation('credentials', {
    mutationFn: async (password: string | null) => {
      if (password === null) await deleteLoginProfile(userName);
      else await putLoginProfile(userName, { password, passwordResetRequired: choice.passwordResetRequired });
      return password;
    },
    onSuccess: (password) => {
      if (password === null) {
        notify({ type: 'success', content: `Console access disabled for ${userName}.` });
        return onDismiss();
      }
      notify({
        type: 'success',
        content: enabled
          ? `Console password of ${userName} reset.`
          : `Console access enabled for ${userName}.`,
      });
      if (choice.mode === 'autogenerated') setNewPassword(password);
      else onDismiss();
    },
  });
  const error = save.error;

  function apply() {
    if (access === 'enable' && passwordChoiceProblem(choice)) {
      setShowErrors(true);
      return;
    }
    if (access === 'disable') return save.mutate(null);
    save.mutate(choice.mode === 'custom' ? choice.customPassword : generatePassword());
  }

  if (newPassword) {
    return (
      <Modal
        visible
        header="Console password"
        onDismiss={onDismiss}
        closeAriaLabel="Close dialog"
        footer={
          <Box float="right">
            <Button variant="primary" onClick={onDismiss}>
              Close
            </Button>
          </Box>
        }
      >
        <SpaceBetween size="m">
          <Alert type="info">This is the only time you can view this password.</Alert>
          <FormField label={`New console password of ${userName}`}>
            <CopyToClipboard
              variant="inline"
              textToCopy={newPassword}
              copyButtonAriaLabel="Copy console password"
              copySuccessText="Password copied"
              copyErrorText="Password failed to copy"
            />
          </FormField>
        </SpaceBetween>
      </Modal>
    );
  }

  return (
    <Modal
      visible
      header="Manage console access"
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={save.isPending}>
              Cancel
            </Button>
            <Button variant="primary" loading={save.isPending} onClick={apply}>
              {access === 'disable' ? 'Disable access' : enabled ? 'Reset password' : 'Enable access'}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {enabled ? (
          <FormField label="Console access">
            <RadioGroup
              ariaLabel="Console access"
              value={access}
              onChange={({ detail }) => setAccess(detail.value as 'enable' | 'disable')}
              items={[
                { value: 'enable', label: 'Enable', description: 'Keep access and set a new password.' },
                {
                  value: 'disable',
                  label: 'Disable',
                  description: 'The user can no longer sign in to the console; its password is deleted.',
                },
              ]}
            />
          </FormField>
        ) : null}
        {access === 'enable' ? (
          <ConsolePasswordFields
            choice={choice}
            onChange={setChoice}
            showErrors={showErrors}
            serverError={passwordProblemText(error, 'password')}
          />
        ) : null}
        {error && !passwordProblemText(error, 'password') ? <ErrorPanel error={error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
