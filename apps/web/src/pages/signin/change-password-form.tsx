// Shown after sign-in when the administrator required a new password (passwordResetRequired).
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { changePassword, whoamiQuery } from '../../api/queries/auth.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { useRedirectTarget } from './use-after-sign-in.js';

export function ChangePasswordForm({ userName }: { userName: string }) {
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const target = useRedirectTarget();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const differ = newPassword !== confirm;
    setMismatch(differ);
    if (differ) return;
    setSubmitting(true);
    setError(null);
    try {
      await changePassword({ oldPassword, newPassword });
      await queryClient.fetchQuery({ ...whoamiQuery(), staleTime: 0 });
      navigate(target, { replace: true });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Change password">
      <Form
        errorText={error ? <ErrorPanel error={error} header="The password was not changed" /> : undefined}
        actions={
          <Button variant="primary" formAction="submit" loading={submitting}>
            Confirm password change
          </Button>
        }
      >
        <SpaceBetween size="m">
          <Alert type="info">
            Your administrator requires you to choose a new password for <strong>{userName}</strong> before
            you continue.
          </Alert>
          <FormField label="Old password" controlId="old-password">
            <Input
              controlId="old-password"
              type="password"
              autoComplete="current-password"
              value={oldPassword}
              onChange={({ detail }) => setOldPassword(detail.value)}
              autoFocus
            />
          </FormField>
          <FormField label="New password" controlId="new-password">
            <Input
              controlId="new-password"
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={({ detail }) => setNewPassword(detail.value)}
            />
          </FormField>
          <FormField
            label="Retype new password"
            controlId="confirm-password"
            errorText={mismatch ? 'The passwords do not match.' : undefined}
          >
            <Input
              controlId="confirm-password"
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
