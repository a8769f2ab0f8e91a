// `/organizations/accounts/add`: Add an AWS account, as AWS's console offers it — create a new
// account (name, owner's email, where it goes) or invite an existing one by its account ID
// (`?mode=invite`). A created account is reachable by switching to its OrganizationAccountAccessRole.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { fieldErrorFor } from '../../../api/api-error.js';
import { createAccount, inviteAccount, organizationTreeQuery } from '../../../api/organizations-api.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { ManagementGate, type ManagementContext } from '../organization-gate.js';
import { buildOrgTree, containerOptions, pathsById } from '../org-tree.js';
import { validateAccountEmail, validateAccountId, validateAccountName } from '../organization-fields.js';
import { ORGANIZATION_PATHS } from '../organizations-navigation.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';

type Mode = 'create' | 'invite';

export function AddAccountPage() {
  return (
    <ManagementGate title="Add an AWS account">
      {(context) => <AddAccountForm context={context} />}
    </ManagementGate>
  );
}

function AddAccountForm({ context }: { context: ManagementContext }) {
  const [params, setParams] = useSearchParams();
  const mode: Mode = params.get('mode') === 'invite' ? 'invite' : 'create';
  const navigate = useNavigate();
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Create an account that belongs to your organization, or invite an account that exists already."
        >
          Add an AWS account
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Tiles
          ariaLabel="How to add the account"
          value={mode}
          onChange={({ detail }) =>
            setParams(detail.value === 'invite' ? { mode: 'invite' } : {}, { replace: true })
          }
          items={[
            {
              value: 'create',
              label: 'Create an AWS account',
              description:
                'A new account, owned by your organization, with an administrator role you can switch to.',
            },
            {
              value: 'invite',
              label: 'Invite an existing AWS account',
              description: 'The account joins once its owner accepts the invitation.',
            },
          ]}
        />
        {mode === 'create' ? (
          <CreateAccountForm rootId={context.rootId} onCancel={() => navigate(ORGANIZATION_PATHS.accounts)} />
        ) : (
          <InviteAccountForm onCancel={() => navigate(ORGANIZATION_PATHS.accounts)} />
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}

function CreateAccountForm({ rootId, onCancel }: { rootId: string; onCancel: () => void }) {
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const tree = useQuery(organizationTreeQuery());
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [parentId, setParentId] = useState(rootId);
  const [touched, setTouched] = useState(false);
  const options = useMemo(() => {
    if (!tree.data) return [{ value: rootId, label: 'Root' }];
    const root = buildOrgTree(tree.data);
    const paths = pathsById(root);
    return containerOptions(root).map((c) => ({
      value: c.id,
      label: paths.get(c.id) ?? c.name,
      description: c.id,
    }));
  }, [tree.data, rootId]);
  const create = useOrganizationMutation(createAccount, (answer) => {
    const status = answer.createAccountStatus;
    if (status.state === 'FAILED') return;
    notify({
      type: 'success',
      content: `AWS account ${status.accountName} created${status.accountId ? ` (${status.accountId})` : ''}.`,
    });
    navigate(ORGANIZATION_PATHS.accounts);
  });
  const failed =
    create.data?.createAccountStatus.state === 'FAILED' ? create.data.createAccountStatus : undefined;
  const nameProblem = validateAccountName(name);
  const emailProblem = validateAccountEmail(email.trim());

  function submit(event?: FormEvent) {
    event?.preventDefault();
    setTouched(true);
    if (nameProblem || emailProblem || create.isPending) return;
    create.mutate({ accountName: name.trim(), email: email.trim(), parentId });
  }

  return (
    <form onSubmit={submit} aria-label="Create an AWS account">
      <Form
        errorText={
          create.error &&
          !fieldErrorFor(create.error, 'accountName') &&
          !fieldErrorFor(create.error, 'email') ? (
            <ErrorPanel error={create.error} header="The account was not created" />
          ) : failed ? (
            `The account was not created: ${failed.failureReason ?? 'the request failed'}.`
          ) : undefined
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={onCancel} disabled={create.isPending}>
              Cancel
            </Button>
            <Button variant="primary" loading={create.isPending} onClick={() => submit()}>
              Create AWS account
            </Button>
          </SpaceBetween>
        }
      >
        <Container header={<Header variant="h2">Account details</Header>}>
          <SpaceBetween size="l">
            <FormField
              label="AWS account name"
              description="A name people recognise, e.g. the team or environment. Up to 50 characters."
              controlId="account-name"
              errorText={(touched ? nameProblem : undefined) ?? fieldErrorFor(create.error, 'accountName')}
            >
              <Input controlId="account-name" value={name} onChange={({ detail }) => setName(detail.value)} />
            </FormField>
            <FormField
              label="Email address of the account's owner"
              description="Unique to this account: it identifies the account's root user."
              controlId="account-email"
              errorText={(touched ? emailProblem : undefined) ?? fieldErrorFor(create.error, 'email')}
            >
              <Input
                controlId="account-email"
                type="email"
                value={email}
                onChange={({ detail }) => setEmail(detail.value)}
              />
            </FormField>
            <FormField
              label="Organizational unit"
              description="Where the account goes in the organization. You can move it later."
              controlId="account-parent"
            >
              <Select
                controlId="account-parent"
                selectedOption={options.find((o) => o.value === parentId) ?? null}
                options={options}
                onChange={({ detail }) => setParentId(detail.selectedOption.value ?? rootId)}
              />
            </FormField>
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}

function InviteAccountForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const [accountId, setAccountId] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = validateAccountId(accountId.trim());
  const invite = useOrganizationMutation(inviteAccount, (_answer, target) => {
    notify({ type: 'success', content: `Invitation sent to account ${target}.` });
    navigate(ORGANIZATION_PATHS.invitations);
  });

  function submit(event?: FormEvent) {
    event?.preventDefault();
    setTouched(true);
    if (problem || invite.isPending) return;
    invite.mutate(accountId.trim());
  }

  return (
    <form onSubmit={submit} aria-label="Invite an existing AWS account">
      <Form
        errorText={
          invite.error ? <ErrorPanel error={invite.error} header="The invitation was not sent" /> : undefined
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={onCancel} disabled={invite.isPending}>
              Cancel
            </Button>
            <Button variant="primary" loading={invite.isPending} onClick={() => submit()}>
              Send invitation
            </Button>
          </SpaceBetween>
        }
      >
        <Container header={<Header variant="h2">Account to invite</Header>}>
          <FormField
            label="AWS account ID"
            description="The 12-digit ID of an account of this deployment that is not in an organization."
            controlId="invite-account-id"
            errorText={touched ? problem : undefined}
          >
            <Input
              controlId="invite-account-id"
              value={accountId}
              inputMode="numeric"
              onChange={({ detail }) => setAccountId(detail.value)}
            />
          </FormField>
        </Container>
      </Form>
    </form>
  );
}
