// The pages only an organization's management account can use sit behind this gate. Without an
// organization it offers to create one (the signed-in account becomes the management account);
// in a member account it shows the organization the account belongs to.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createOrganization, organizationQuery } from '../../api/organizations-api.js';
import type { Organization } from '../../api/organizations-types.js';
import { useNotifications } from '../../app/notifications.js';
import { useFollow } from '../../app/use-follow.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { ORGANIZATION_PATHS } from './organizations-navigation.js';
import { useOrganizationMutation } from './use-organization-mutation.js';

export interface ManagementContext {
  organization: Organization;
  rootId: string;
}

interface GateProps {
  /** The page's heading while the organization loads or fails to. */
  title: string;
  children: (context: ManagementContext) => ReactNode;
}

export function ManagementGate({ title, children }: GateProps) {
  const answer = useQuery(organizationQuery());
  if (answer.isPending) return <Spinner size="large" />;
  if (answer.error) {
    return (
      <ContentLayout header={<Header variant="h1">{title}</Header>}>
        <ErrorPanel
          error={answer.error}
          header="Your organization could not be loaded"
          onRetry={() => void answer.refetch()}
        />
      </ContentLayout>
    );
  }
  const { organization, rootId } = answer.data;
  if (!organization) return <CreateOrganizationView />;
  if (organization.role !== 'management' || !rootId)
    return <MemberOrganizationView organization={organization} />;
  return <>{children({ organization, rootId })}</>;
}

export function CreateOrganizationView() {
  const { notify } = useNotifications();
  const create = useOrganizationMutation(createOrganization, (answer) =>
    notify({
      type: 'success',
      content: `Organization ${answer.organization?.id ?? ''} created. Your account is its management account.`,
    }),
  );
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Manage several accounts as one: group them, create or invite them, and set the most their principals may do."
        >
          Create an organization
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">How AWS Organizations works</Header>}>
          <SpaceBetween size="s">
            <Box variant="p">
              An organization groups AWS accounts under one <b>management account</b> &mdash; the account you
              are signed in to now, once you create it. From the management account you arrange accounts in a
              tree of <b>organizational units</b> (OUs), create new member accounts or invite existing ones,
              and attach <b>service control policies</b> (SCPs) to the root, to OUs and to accounts.
            </Box>
            <Box variant="p">
              An SCP never grants a permission. It sets the most that any user or role of a member account,
              its root user included, may do; what is not allowed by every SCP above an account is denied
              there, whatever the account&apos;s own policies say. SCPs do not restrict the management
              account.
            </Box>
            <Box variant="p">
              Each account you create gets a role named{' '}
              <Box variant="code">OrganizationAccountAccessRole</Box> that trusts the management account and
              has administrator permissions: switch to it to work in the new account.
            </Box>
          </SpaceBetween>
        </Container>
        {create.error ? <ErrorPanel error={create.error} header="The organization was not created" /> : null}
        <Box>
          <Button variant="primary" loading={create.isPending} onClick={() => create.mutate(undefined)}>
            Create an organization
          </Button>
        </Box>
      </SpaceBetween>
    </ContentLayout>
  );
}

export function MemberOrganizationView({ organization }: { organization: Organization }) {
  const follow = useFollow();
  return (
    <ContentLayout header={<Header variant="h1">Organization</Header>}>
      <SpaceBetween size="l">
        <Alert type="info" header="Your account is a member of an organization">
          Its management account manages the organization&apos;s accounts and policies. Service control
          policies of the organization limit what the principals of your account may do.
        </Alert>
        <Container header={<Header variant="h2">Organization details</Header>}>
          <KeyValuePairs
            columns={2}
            items={[
              { label: 'Organization ID', value: organization.id },
              { label: 'Organization ARN', value: organization.arn },
              { label: 'Management account ID', value: organization.masterAccountId },
              { label: 'Management account ARN', value: organization.masterAccountArn },
              { label: 'Feature set', value: 'All features' },
            ]}
          />
        </Container>
        <Box>
          <Link href={ORGANIZATION_PATHS.invitations} onFollow={follow}>
            Invitations your account received
          </Link>
        </Box>
      </SpaceBetween>
    </ContentLayout>
  );
}
