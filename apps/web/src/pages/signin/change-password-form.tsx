// Shown after sign-in when the administrator required a new password (passwordResetRequired).
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { whoamiQuery } from '../../api/queries/auth.js';
import {
  ChangePasswordFields,
  useChangePasswordForm,
} from '../../components/password/change-password-fields.js';
import { formErrorText } from './form-error-text.js';
import { PasswordRulesHint } from './password-rules-hint.js';
import { useRedirectTarget } from './use-after-sign-in.js';

export function ChangePasswordForm({ userName }: { userName: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const target = useRedirectTarget();
  const form = useChangePasswordForm(async () => {
    await queryClient.fetchQuery({ ...whoamiQuery(), staleTime: 0 });
    navigate(target, { replace: true });
  });

  return (
    <form onSubmit={(event) => void form.submit(event)} aria-label="Change password" noValidate>
      <Form
        errorText={form.error ? formErrorText(form.error) : undefined}
        actions={
          <Button variant="primary" formAction="submit" loading={form.saving}>
            Confirm password change
          </Button>
        }
      >
        <SpaceBetween size="m">
          <Alert type="info">
            Your administrator requires you to choose a new password for <strong>{userName}</strong> before
            you continue.
          </Alert>
          <PasswordRulesHint />
          <ChangePasswordFields
            form={form}
            old={{ label: 'Old password', controlId: 'old-password' }}
            next={{ label: 'New password', controlId: 'new-password' }}
            confirm={{ label: 'Retype new password', controlId: 'confirm-password' }}
          />
        </SpaceBetween>
      </Form>
    </form>
  );
}
