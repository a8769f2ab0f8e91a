// `/signin/:account`: an IAM user signs in to the account named by alias or ID. When the server
// says the password must be changed, the change-password form takes over.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/api-error.js';
import { signInIam, signinInfoQuery, whoamiQuery } from '../../api/queries/auth.js';
import { mfaChallengeOf } from '../../api/credentials-api.js';
import { MfaSignInForm } from '../../components/credentials/mfa-sign-in-form.js';
import type { SigninInfo } from '../../api/types.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { useFollow } from '../../app/use-follow.js';
import { ChangePasswordForm } from './change-password-form.js';
import { SignInFrame } from './sign-in-frame.js';
import { useAfterSignIn } from './use-after-sign-in.js';

export function IamSignInPage() {
  const account = useParams().account ?? '';
  const info = useQuery(signinInfoQuery(account));
  const whoami = useQuery({ ...whoamiQuery(), staleTime: 0 });
  const follow = useFollow();
  const mustChangePassword = whoami.data?.type === 'user' && whoami.data.passwordResetRequired;

  return (
    <SignInFrame
      title={mustChangePassword ? 'Change your password' : 'Sign in as IAM user'}
      description={info.data ? <AccountLine info={info.data} /> : undefined}
    >
      <SpaceBetween size="l">
        {info.isPending ? (
          <Box textAlign="center">
            <Spinner /> Loading account
          </Box>
        ) : info.error ? (
          <UnknownAccount error={info.error} account={account} />
        ) : mustChangePassword ? (
          <ChangePasswordForm userName={whoami.data?.userName ?? ''} />
        ) : (
          <IamUserForm account={account} />
        )}
        <Box textAlign="center">
          <Link href="/signin" onFollow={follow}>
            Sign in using root user email
          </Link>
        </Box>
      </SpaceBetween>
    </SignInFrame>
  );
}

function AccountLine({ info }: { info: SigninInfo }) {
  return (
    <span data-testid="signin-account">
      Account: {info.alias ? `${info.alias} (${info.accountId})` : info.accountId}
    </span>
  );
}

function UnknownAccount({ error, account }: { error: unknown; account: string }) {
  if (error instanceof ApiError && error.code === 'NoSuchEntity') {
    return (
      <Alert type="error" header="Unknown account">
        No account has the ID or alias <Box variant="code">{account}</Box>. Check the sign-in URL you were
        given.
      </Alert>
    );
  }
  return <ErrorPanel error={error} header="The account could not be looked up" />;
}

function IamUserForm({ account }: { account: string }) {
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const afterSignIn = useAfterSignIn();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const challenge = mfaChallengeOf(await signInIam({ account, userName: userName.trim(), password }));
      if (challenge) {
        setMfaToken(challenge.mfaToken);
        setSubmitting(false);
        return;
      }
      const me = await afterSignIn({ kind: 'iam', account });
      // With a password reset pending the page re-renders into the change-password form.
      if (me.passwordResetRequired) setSubmitting(false);
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  if (mfaToken) {
    return (
      <MfaSignInForm
        mfaToken={mfaToken}
        onSignedIn={() => afterSignIn({ kind: 'iam', account })}
        onCancel={() => setMfaToken(null)}
      />
    );
  }

  return (
    <form onSubmit={submit} aria-label="IAM user sign-in">
      <Form
        errorText={error ? <ErrorPanel error={error} header="Sign-in failed" /> : undefined}
        actions={
          <Button variant="primary" formAction="submit" loading={submitting}>
            Sign in
          </Button>
        }
      >
        <SpaceBetween size="m">
          <FormField label="IAM user name" controlId="iam-user-name">
            <Input
              controlId="iam-user-name"
              autoComplete="username"
              value={userName}
              onChange={({ detail }) => setUserName(detail.value)}
              autoFocus
            />
          </FormField>
          <FormField label="Password" controlId="iam-password">
            <Input
              controlId="iam-password"
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
