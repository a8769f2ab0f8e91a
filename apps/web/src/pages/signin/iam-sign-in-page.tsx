// `/signin/:account`: an IAM user signs in to the account named by alias or ID. When the server
// says the password must be changed, the change-password form takes over.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError } from '../../api/api-error.js';
import { signInIam, signinInfoQuery, whoamiQuery } from '../../api/queries/auth.js';
import type { SigninInfo } from '../../api/types.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { useFollow } from '../../app/use-follow.js';
import { ChangePasswordForm } from './change-password-form.js';
import { SignInFrame } from './sign-in-frame.js';
import { PasswordSignInForm } from './password-sign-in-form.js';

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
  return (
    <PasswordSignInForm
      formLabel="IAM user sign-in"
      identity={{ label: 'IAM user name', controlId: 'iam-user-name' }}
      passwordControlId="iam-password"
      signIn={(userName, password) => signInIam({ account, userName, password })}
      remember={{ kind: 'iam', account }}
    />
  );
}
