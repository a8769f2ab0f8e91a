// `/security-credentials`: "My security credentials" — the signed-in principal's own console
// password, MFA devices and access keys (the /api/self routes, authorised by policy).
import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Container from '@cloudscape-design/components/container';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { SELF } from '../../api/credentials-api.js';
import { whoamiQuery } from '../../api/queries/auth.js';
import { AccessKeysSection } from '../../components/credentials/access-keys-section.js';
import { MfaDevicesSection } from '../../components/credentials/mfa-devices-section.js';
import { ChangeOwnPasswordSection } from './change-own-password-section.js';

export function SecurityCredentialsPage() {
  const me = useQuery(whoamiQuery()).data;
  if (!me) return <Spinner size="large" />;
  const root = me.type === 'root';
  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Manage the credentials you use to sign in and to call the API.">
          My security credentials
        </Header>
      }
    >
      <SpaceBetween size="l">
        {root ? (
          <Alert type="info" header="Root user">
            You are signed in as the root user. Protect it with MFA and avoid access keys for it: use IAM
            users for everyday work.
          </Alert>
        ) : null}
        <Container header={<Header variant="h2">Account details</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: root ? 'Email address' : 'User name', value: (root ? me.email : me.userName) ?? '-' },
              { label: 'ARN', value: me.arn },
              { label: 'Account ID', value: me.accountId },
            ]}
          />
        </Container>
        <ChangeOwnPasswordSection />
        <MfaDevicesSection owner={SELF} />
        <AccessKeysSection owner={SELF} root={root} />
      </SpaceBetween>
    </ContentLayout>
  );
}
