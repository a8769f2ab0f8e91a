// After "Create user": the sign-in details, shown once (the password is never retrievable again),
// and any step that failed after the user itself was created.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { whoamiQuery } from '../../../api/queries/auth.js';
import { focusPageHeading } from '../../../app/page-focus.js';
import { downloadTextFile } from '../../../components/credentials/download-file.js';
import { errorSummary } from '../../../components/format-api-error.js';
import { iamSignInUrl } from '../../dashboard/resource-counts.js';
import type { CreationStep } from './create-user-plan.js';
import { credentialsCsv, credentialsFileName, signInInstructionsMailto } from './sign-in-instructions.js';

export interface CreationOutcome {
  userName: string;
  /** Present only when console access was enabled: shown here once. */
  password?: string;
  passwordResetRequired: boolean;
  failures: { step: CreationStep; error: unknown }[];
}

export function CreatedUserView({ outcome }: { outcome: CreationOutcome }) {
  const navigate = useNavigate();
  const me = useQuery(whoamiQuery()).data;
  const [shown, setShown] = useState(false);
  // The wizard was replaced by its result: land on the result's heading.
  useEffect(() => focusPageHeading(), []);
  const userHref = `/users/${encodeURIComponent(outcome.userName)}`;
  const signInUrl = me ? iamSignInUrl(window.location.origin, me.accountId, me.alias) : undefined;

  return (
    <ContentLayout
      header={<Header variant="h1">{outcome.password ? 'Retrieve password' : 'User created'}</Header>}
    >
      <SpaceBetween size="l">
        <Alert
          type={outcome.failures.length ? 'warning' : 'success'}
          header={`User ${outcome.userName} created`}
        >
          {outcome.password
            ? 'You can view and download the password below. This is the only time you can view it.'
            : 'The user has no console password.'}
        </Alert>
        {outcome.failures.length ? (
          <Alert type="error" header="Some steps failed after the user was created">
            <ul aria-label="Failed steps">
              {outcome.failures.map(({ step, error }) => (
                <li key={step.label}>
                  <b>{step.label}</b>: {errorSummary(error)}
                </li>
              ))}
            </ul>
            You can finish these from the user&apos;s page.
          </Alert>
        ) : null}
        {outcome.password ? (
          <Container
            header={
              <Header
                variant="h2"
                actions={
                  <SpaceBetween direction="horizontal" size="xs">
                    <Button
                      iconName="envelope"
                      disabled={!signInUrl}
                      href={
                        signInUrl
                          ? signInInstructionsMailto({
                              userName: outcome.userName,
                              signInUrl,
                              passwordResetRequired: outcome.passwordResetRequired,
                            })
                          : undefined
                      }
                    >
                      Email sign-in instructions
                    </Button>
                    <Button
                      iconName="download"
                      disabled={!signInUrl}
                      onClick={() =>
                        downloadTextFile(
                          credentialsFileName(outcome.userName),
                          credentialsCsv({
                            userName: outcome.userName,
                            password: outcome.password!,
                            signInUrl: signInUrl!,
                          }),
                        )
                      }
                    >
                      Download .csv file
                    </Button>
                  </SpaceBetween>
                }
              >
                Console sign-in details
              </Header>
            }
          >
            <KeyValuePairs
              columns={1}
              items={[
                {
                  label: 'Console sign-in URL',
                  value: signInUrl ? (
                    <CopyToClipboard
                      variant="inline"
                      textToCopy={signInUrl}
                      copyButtonAriaLabel="Copy console sign-in URL"
                      copySuccessText="Sign-in URL copied"
                      copyErrorText="Sign-in URL failed to copy"
                    />
                  ) : (
                    '-'
                  ),
                },
                {
                  label: 'User name',
                  value: (
                    <CopyToClipboard
                      variant="inline"
                      textToCopy={outcome.userName}
                      copyButtonAriaLabel="Copy user name"
                      copySuccessText="User name copied"
                      copyErrorText="User name failed to copy"
                    />
                  ),
                },
                {
                  label: 'Console password',
                  value: (
                    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                      <Box variant="code" data-testid="generated-password">
                        {shown ? outcome.password : '•'.repeat(outcome.password.length)}
                      </Box>
                      <Button variant="inline-link" onClick={() => setShown((s) => !s)}>
                        {shown ? 'Hide' : 'Show'}
                      </Button>
                      <CopyToClipboard
                        variant="icon"
                        textToCopy={outcome.password}
                        copyButtonAriaLabel="Copy console password"
                        copySuccessText="Password copied"
                        copyErrorText="Password failed to copy"
                      />
                    </SpaceBetween>
                  ),
                },
              ]}
            />
            {outcome.passwordResetRequired ? (
              <Box variant="small" color="text-body-secondary">
                The user must choose a new password at first sign-in.
              </Box>
            ) : null}
          </Container>
        ) : null}
        <SpaceBetween direction="horizontal" size="xs">
          <Button onClick={() => navigate('/users')}>Return to users list</Button>
          <Button variant="primary" onClick={() => navigate(userHref)}>
            View user
          </Button>
        </SpaceBetween>
      </SpaceBetween>
    </ContentLayout>
  );
}
