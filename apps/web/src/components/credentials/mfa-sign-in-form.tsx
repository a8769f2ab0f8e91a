// The sign-in step after the password when the principal has an MFA device: the 6-digit code,
// sent with the first step's short-lived token. The session starts only when the code is right.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error.js';
import { signInWithMfa } from '../../api/credentials-api.js';
import { ErrorPanel } from '../error-panel.js';
import { MfaCodeInput, mfaCodeProblem } from './mfa-code-input.js';

interface MfaSignInFormProps {
  mfaToken: string;
  /** Runs once the session has started (load whoami, go on). */
  onSignedIn: () => Promise<unknown>;
  /** Back to the password step (e.g. the token expired). */
  onCancel: () => void;
}

export function MfaSignInForm({ mfaToken, onSignedIn, onCancel }: MfaSignInFormProps) {
  const [code, setCode] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const problem = mfaCodeProblem(code);
  // Signing in changes no cached resource: onSignedIn loads the new session itself.
  const signIn = useMutation({
    mutationFn: async (entered: string) => {
      await signInWithMfa({ mfaToken, code: entered });
      await onSignedIn();
    },
    onError: () => {
      setCode('');
      setShowErrors(false);
    },
  });
  const submitting = signIn.isPending || signIn.isSuccess;
  const error = signIn.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (problem) return;
    signIn.mutate(code);
  }

  return (
    <form onSubmit={submit} aria-label="Multi-factor authentication">
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={onCancel} disabled={submitting}>
              Cancel
            </Button>
            <Button variant="primary" formAction="submit" loading={submitting}>
              Submit
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="m">
          <Box variant="h3">Multi-factor authentication</Box>
          <Box>
            Your account is secured using multi-factor authentication (MFA). Enter the code from your MFA
            device.
          </Box>
          <MfaCodeInput
            label="MFA code"
            controlId="signin-mfa-code"
            value={code}
            onChange={setCode}
            errorText={showErrors ? problem : undefined}
            autoFocus
          />
          {error ? <MfaSignInError error={error} /> : null}
        </SpaceBetween>
      </Form>
    </form>
  );
}

/** A refused code is not a session that ended: say what the server said, under "Sign-in failed". */
function MfaSignInError({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.isUnauthenticated) {
    return (
      <Alert type="error" header="Sign-in failed">
        {error.message}. Codes change every 30 seconds and each can be used once: wait for a new code.
      </Alert>
    );
  }
  return <ErrorPanel error={error} header="Sign-in failed" />;
}
