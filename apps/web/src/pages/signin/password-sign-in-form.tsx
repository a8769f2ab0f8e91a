// The sign-in form shared by the root user and IAM users: a name, a password, then the MFA step
// when the server asks for it. Only the first field and the request differ between the two.
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { mfaChallengeOf } from '../../api/credentials-api.js';
import type { RememberedSignIn } from '../../app/sign-in-target.js';
import { MfaSignInForm } from '../../components/credentials/mfa-sign-in-form.js';
import { formErrorText } from './form-error-text.js';
import { useAfterSignIn } from './use-after-sign-in.js';

export interface PasswordSignInFormProps {
  /** The form's accessible name, e.g. "Root user sign-in". */
  formLabel: string;
  /** The first field: the root user's email or the IAM user's name. */
  identity: { label: string; controlId: string; type?: 'email' };
  passwordControlId: string;
  /** Sends the credentials; resolves to the server's answer, which may be an MFA challenge. */
  signIn: (identity: string, password: string) => Promise<unknown>;
  /** Who signed in, for the next sign-in page and the return after MFA. */
  remember: RememberedSignIn;
}

export function PasswordSignInForm(props: PasswordSignInFormProps) {
  const { formLabel, identity, passwordControlId, signIn, remember } = props;
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const afterSignIn = useAfterSignIn();

  // Signing in changes no cached resource: afterSignIn loads the new session and moves on.
  const submitSignIn = useMutation({
    mutationFn: async (): Promise<'mfa' | 'reset' | 'signed-in'> => {
      const challenge = mfaChallengeOf(await signIn(name.trim(), password));
      if (challenge) {
        setMfaToken(challenge.mfaToken);
        return 'mfa';
      }
      const me = await afterSignIn(remember);
      // With a password reset pending the page re-renders into the change-password form.
      return me.passwordResetRequired ? 'reset' : 'signed-in';
    },
  });
  // Still busy once signed in: the console is on its way.
  const submitting = submitSignIn.isPending || submitSignIn.data === 'signed-in';
  const error = submitSignIn.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    submitSignIn.mutate();
  }

  if (mfaToken) {
    return (
      <MfaSignInForm
        mfaToken={mfaToken}
        onSignedIn={() => afterSignIn(remember)}
        onCancel={() => setMfaToken(null)}
      />
    );
  }

  return (
    <form onSubmit={submit} aria-label={formLabel} noValidate>
      <Form
        errorText={error ? formErrorText(error) : undefined}
        actions={
          <Button variant="primary" formAction="submit" loading={submitting}>
            Sign in
          </Button>
        }
      >
        <SpaceBetween size="m">
          <FormField label={identity.label} controlId={identity.controlId}>
            <Input
              controlId={identity.controlId}
              type={identity.type}
              autoComplete="username"
              value={name}
              onChange={({ detail }) => setName(detail.value)}
              autoFocus
            />
          </FormField>
          <FormField label="Password" controlId={passwordControlId}>
            <Input
              controlId={passwordControlId}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={({ detail }) => setPassword(detail.value)}
            />
          </FormField>
        </SpaceBetween>
      </Form>
    </form>
  );
}
