// `/signin`: the root user signs in with email and password; IAM users are sent to their
// account's sign-in page from here.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { setupStatusQuery, signInRoot } from '../../api/queries/auth.js';
import { validateAccountIdOrAlias } from '../../components/validation/iam-names.js';
import { useFollow } from '../../app/use-follow.js';
import { SignInFrame } from './sign-in-frame.js';
import { PasswordSignInForm } from './password-sign-in-form.js';
import { useRedirectTarget } from './use-after-sign-in.js';

/** `/signin` or `/signin?mode=iam`, keeping `?redirect=`: real links, so the mode survives a reload. */
function modeHref(mode: 'root' | 'iam', redirect: string): string {
  const params = new URLSearchParams();
  if (mode === 'iam') params.set('mode', 'iam');
  if (redirect !== '/') params.set('redirect', redirect);
  const query = params.toString();
  return query ? `/signin?${query}` : '/signin';
}

export function RootSignInPage() {
  const [params] = useSearchParams();
  const mode = params.get('mode') === 'iam' ? 'iam' : 'root';
  const redirect = useRedirectTarget();
  const setup = useQuery(setupStatusQuery());
  const follow = useFollow();
  return (
    <SignInFrame
      title="Sign in"
      description={mode === 'root' ? 'Root user: the account owner, with unrestricted access.' : 'IAM user'}
    >
      <SpaceBetween size="l">
        {setup.data?.pending ? (
          <Alert type="info" header="This Gatehouse has no account yet">
            Create the first account with the setup link the server printed when it started.{' '}
            <Link href="/setup" onFollow={follow}>
              Go to setup
            </Link>
          </Alert>
        ) : null}
        {mode === 'root' ? <RootForm /> : <AccountForm />}
        <Box textAlign="center">
          {mode === 'root' ? (
            <Link href={modeHref('iam', redirect)} onFollow={follow}>
              Sign in as IAM user
            </Link>
          ) : (
            <Link href={modeHref('root', redirect)} onFollow={follow}>
              Sign in using root user email
            </Link>
          )}
        </Box>
      </SpaceBetween>
    </SignInFrame>
  );
}

function RootForm() {
  return (
    <PasswordSignInForm
      formLabel="Root user sign-in"
      identity={{ label: 'Root user email address', controlId: 'root-email', type: 'email' }}
      passwordControlId="root-password"
      signIn={(email, password) => signInRoot({ email, password })}
      remember={{ kind: 'root' }}
    />
  );
}

function AccountForm() {
  const [account, setAccount] = useState('');
  const [problem, setProblem] = useState<string>();
  const navigate = useNavigate();
  const target = useRedirectTarget();

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = account.trim().toLowerCase();
    const invalid = validateAccountIdOrAlias(value);
    setProblem(invalid);
    if (invalid) return;
    const query = target === '/' ? '' : `?redirect=${encodeURIComponent(target)}`;
    navigate(`/signin/${encodeURIComponent(value)}${query}`);
  }

  return (
    <form onSubmit={submit} aria-label="Choose account">
      <Form
        actions={
          <Button variant="primary" formAction="submit">
            Next
          </Button>
        }
      >
        <FormField
          label="Account ID (12 digits) or account alias"
          controlId="signin-account"
          errorText={problem}
        >
          <Input
            controlId="signin-account"
            value={account}
            onChange={({ detail }) => setAccount(detail.value)}
            autoFocus
          />
        </FormField>
      </Form>
    </form>
  );
}
