// `/setup?token=`: first run. The server printed a one-time token; whoever holds it creates the
// first account's root user (and optionally its alias).
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { fieldErrorFor } from '../../api/api-error.js';
import { completeSetup, setupStatusQuery } from '../../api/queries/auth.js';
import { rememberSignIn } from '../../app/sign-in-target.js';
import { useFollow } from '../../app/use-follow.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { validateAccountAlias } from '../../components/validation/iam-names.js';
import { formErrorText } from '../signin/form-error-text.js';
import { DEFAULT_PASSWORD_RULES, PasswordRulesList } from '../signin/password-rules-hint.js';
import { SignInFrame } from '../signin/sign-in-frame.js';

export function SetupPage() {
  const status = useQuery(setupStatusQuery());
  const follow = useFollow();
  return (
    <SignInFrame title="Set up Gatehouse" description="Create the first account and its root user.">
      {status.isPending ? (
        <Box textAlign="center">
          <Spinner /> Checking setup
        </Box>
      ) : status.error ? (
        <ErrorPanel
          error={status.error}
          header="Setup status could not be loaded"
          onRetry={() => status.refetch()}
        />
      ) : status.data.pending ? (
        <SetupForm />
      ) : (
        <Alert type="success" header="Gatehouse is set up">
          The first account exists already.{' '}
          <Link href="/signin" onFollow={follow}>
            Sign in
          </Link>
        </Alert>
      )}
    </SignInFrame>
  );
}

interface Problems {
  email?: string;
  password?: string;
  confirm?: string;
  alias?: string;
  token?: string;
}

function checkSetup(values: {
  token: string;
  email: string;
  password: string;
  confirm: string;
  alias: string;
}) {
  const problems: Problems = {};
  if (!values.token) problems.token = 'Enter the setup token printed by the server.';
  if (!/^[^\s@]+@[^\s@]+$/.test(values.email)) problems.email = 'Enter an email address.';
  if (!values.password) problems.password = 'Enter a password.';
  if (values.password !== values.confirm) problems.confirm = 'The passwords do not match.';
  if (values.alias) problems.alias = validateAccountAlias(values.alias);
  return problems;
}

function SetupForm() {
  const [params] = useSearchParams();
  const tokenFromUrl = params.get('token') ?? '';
  const [token, setToken] = useState(tokenFromUrl);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [alias, setAlias] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const setup = useMutation({
    mutationFn: completeSetup,
    onSuccess: () => {
      rememberSignIn(localStorage, { kind: 'root' });
      // A new account: nothing cached before it (the setup probe, a signed-out whoami) holds.
      queryClient.removeQueries();
      // The server may sign the new root user in directly; if not, the console sends them to /signin.
      navigate('/', { replace: true });
    },
  });
  const submitting = setup.isPending || setup.isSuccess;
  const error = setup.error;

  // Checked as the user types once they tried to submit, so a fixed field loses its message at
  // once and no message stays under a field that is now right.
  const found = checkSetup({ token, email: email.trim(), password, confirm, alias });
  const problems: Problems = submitted ? found : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(found).some(Boolean)) return;
    setup.mutate({ token, email: email.trim(), password, ...(alias ? { alias } : {}) });
  }

  return (
    // noValidate: the console's own messages, not the browser's tooltip beside them.
    <form onSubmit={submit} aria-label="Set up Gatehouse" noValidate>
      <Form
        errorText={error ? formErrorText(error) : undefined}
        actions={
          <Button variant="primary" formAction="submit" loading={submitting}>
            Create account
          </Button>
        }
      >
        <SpaceBetween size="m">
          {tokenFromUrl ? null : (
            <FormField
              label="Setup token"
              description="Printed in the server's log when it started without any account."
              controlId="setup-token"
              errorText={problems.token ?? fieldErrorFor(error, 'token')}
            >
              <Input
                controlId="setup-token"
                value={token}
                onChange={({ detail }) => setToken(detail.value)}
              />
            </FormField>
          )}
          <FormField
            label="Root user email address"
            controlId="setup-email"
            errorText={problems.email ?? fieldErrorFor(error, 'email')}
          >
            <Input
              controlId="setup-email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={({ detail }) => setEmail(detail.value)}
              autoFocus
            />
          </FormField>
          <PasswordRulesList rules={DEFAULT_PASSWORD_RULES} />
          <FormField
            label="Root user password"
            controlId="setup-password"
            errorText={problems.password ?? fieldErrorFor(error, 'password')}
          >
            <Input
              controlId="setup-password"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={({ detail }) => setPassword(detail.value)}
            />
          </FormField>
          <FormField
            label="Confirm root user password"
            controlId="setup-confirm"
            errorText={problems.confirm}
          >
            <Input
              controlId="setup-confirm"
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={({ detail }) => setConfirm(detail.value)}
            />
          </FormField>
          <FormField
            label={
              <>
                Account alias <i>- optional</i>
              </>
            }
            description="IAM users sign in at /signin/<alias>. You can add or change it later."
            controlId="setup-alias"
            errorText={problems.alias ?? fieldErrorFor(error, 'alias')}
          >
            <Input
              controlId="setup-alias"
              value={alias}
              onChange={({ detail }) => setAlias(detail.value.trim())}
            />
          </FormField>
          <Box variant="small" color="text-body-secondary">
            Keep the root user for account administration; create IAM users for daily work.
          </Box>
        </SpaceBetween>
      </Form>
    </form>
  );
}
