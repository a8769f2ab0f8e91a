// Console password: the signed-in principal changes its own password. A password the account's
// policy refuses shows the server's message, naming the rule, on the new-password field.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import { fieldErrorFor } from '../../api/api-error.js';
import { changePassword } from '../../api/queries/auth.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { passwordProblemText } from '../../components/credentials/password-problems.js';

export function ChangeOwnPasswordSection() {
  const [editing, setEditing] = useState(false);
  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            editing ? undefined : <Button onClick={() => setEditing(true)}>Update console password</Button>
          }
        >
          Console password
        </Header>
      }
    >
      {editing ? (
        <ChangeOwnPasswordForm onDone={() => setEditing(false)} />
      ) : (
        <Box color="text-body-secondary">Change the password you use to sign in to this console.</Box>
      )}
    </Container>
  );
}

function ChangeOwnPasswordForm({ onDone }: { onDone: () => void }) {
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { notify } = useNotifications();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const differ = newPassword !== confirm;
    setMismatch(differ);
    if (differ) return;
    setSaving(true);
    setError(null);
    try {
      await changePassword({ oldPassword, newPassword });
      notify({ type: 'success', content: 'Your console password was changed.' });
      onDone();
    } catch (caught) {
      setError(caught);
      setSaving(false);
    }
  }

  const oldProblem = fieldErrorFor(error, 'oldPassword');
  const newProblem = passwordProblemText(error, 'newPassword');
  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Change console password">
      <Form
        errorText={error && !oldProblem && !newProblem ? <ErrorPanel error={error} /> : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={onDone} disabled={saving}>
              Cancel
            </Button>
            <Button variant="primary" formAction="submit" loading={saving}>
              Change password
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="m">
          <FormField label="Current password" controlId="current-password" errorText={oldProblem}>
            <Input
              controlId="current-password"
              type="password"
              autoComplete="current-password"
              value={oldPassword}
              onChange={({ detail }) => setOldPassword(detail.value)}
              autoFocus
            />
          </FormField>
          <FormField label="New password" controlId="new-password" errorText={newProblem}>
            <Input
              controlId="new-password"
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={({ detail }) => setNewPassword(detail.value)}
            />
          </FormField>
          <FormField
            label="Confirm new password"
            controlId="confirm-new-password"
            errorText={mismatch ? 'The passwords do not match.' : undefined}
          >
            <Input
              controlId="confirm-new-password"
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={({ detail }) => setConfirm(detail.value)}
            />
          </FormField>
        </SpaceBetween>
      </Form>
    </form>
  );
}
