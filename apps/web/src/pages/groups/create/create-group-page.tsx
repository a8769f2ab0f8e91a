// `/groups/create`: name the group, optionally add users and attach policies, create. If the
// group is created but a later step fails, the group's page opens and each failure is reported.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrorFor } from '../../../api/api-error.js';
import { attachGroupPolicy, createGroup } from '../../../api/groups-api.js';
import { addUserToGroup } from '../../../api/queries/groups.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import { useNotifications } from '../../../app/notifications.js';
import { UserPicker } from '../../../components/pickers/user-picker.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { errorSummary } from '../../../components/format-api-error.js';
import {
  iamNameConstraint,
  validateGroupName,
  validatePath,
} from '../../../components/validation/iam-names.js';
import { planGroupCreation, type CreateGroupForm, type GroupCreationStep } from './create-group-plan.js';

// A second sizeable table: loaded after the page itself shows.
const PolicyPicker = lazy(async () => ({
  default: (await import('../../../components/pickers/policy-picker.js')).PolicyPicker,
}));

export function CreateGroupPage() {
  const [form, setForm] = useState<CreateGroupForm>({ groupName: '', path: '', users: [], policies: [] });
  const [showErrors, setShowErrors] = useState(false);
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const update = (patch: Partial<CreateGroupForm>) => setForm((f) => ({ ...f, ...patch }));
  const nameProblem = validateGroupName(form.groupName.trim());
  const pathProblem = validatePath(form.path.trim());

  // The group first: if that fails nothing was made and the form shows why. Then each user and
  // policy; their failures are reported on the group's page, which opens either way.
  const run = useWriteMutation(['group', 'user', 'policy'], {
    mutationFn: async ({ groupName, steps }: { groupName: string; steps: GroupCreationStep[] }) => {
      const [first, ...rest] = steps;
      await runStep(groupName, first!);
      const failures: { step: GroupCreationStep; error: unknown }[] = [];
      for (const step of rest) {
        try {
          await runStep(groupName, step);
        } catch (caught) {
          failures.push({ step, error: caught });
        }
      }
      return failures;
    },
    onSuccess: (failures, { groupName }) => {
      notify({ type: 'success', content: `User group ${groupName} created.` });
      for (const { step, error: reason } of failures) {
        notify({ type: 'error', header: `${step.label} failed`, content: errorSummary(reason) });
      }
      navigate(`/groups/${encodeURIComponent(groupName)}`);
    },
  });
  const running = run.isPending;
  const error = run.error;

  function create() {
    if (nameProblem || pathProblem) {
      setShowErrors(true);
      return;
    }
    run.mutate({ groupName: form.groupName.trim(), steps: planGroupCreation(form) });
  }

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="A user group is a collection of IAM users. Its users get its permissions."
        >
          Create user group
        </Header>
      }
    >
      <Form
        errorText={
          error && !fieldErrorFor(error, 'groupName') ? (
            <ErrorPanel error={error} header="The group was not created" />
          ) : undefined
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => navigate('/groups')} disabled={running}>
              Cancel
            </Button>
            <Button variant="primary" loading={running} onClick={create}>
              Create group
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Name the group</Header>}>
            <SpaceBetween size="l">
              <FormField
                label="User group name"
                description={`${iamNameConstraint('group')} Unique in the account, ignoring case.`}
                controlId="group-name"
                errorText={(showErrors ? nameProblem : undefined) ?? fieldErrorFor(error, 'groupName')}
              >
                <Input
                  controlId="group-name"
                  value={form.groupName}
                  onChange={({ detail }) => update({ groupName: detail.value })}
                />
              </FormField>
              <FormField
                label={
                  <>
                    Path <i>- optional</i>
                  </>
                }
                description="Organises groups, e.g. /engineering/. Defaults to /."
                controlId="group-path"
                errorText={(showErrors ? pathProblem : undefined) ?? fieldErrorFor(error, 'path')}
              >
                <Input
                  controlId="group-path"
                  value={form.path}
                  placeholder="/"
                  onChange={({ detail }) => update({ path: detail.value })}
                />
              </FormField>
            </SpaceBetween>
          </Container>
          <UserPicker
            selected={form.users}
            onChange={(users) => update({ users })}
            header="Add users to the group - optional"
          />
          <Suspense fallback={<Spinner />}>
            <PolicyPicker
              selected={form.policies}
              onChange={(policies) => update({ policies })}
              header="Attach permissions policies - optional"
            />
          </Suspense>
        </SpaceBetween>
      </Form>
    </ContentLayout>
  );
}

async function runStep(groupName: string, step: GroupCreationStep): Promise<void> {
  switch (step.kind) {
    case 'createGroup':
      await createGroup({ groupName: step.groupName, ...(step.path ? { path: step.path } : {}) });
      return;
    case 'addUser':
      await addUserToGroup(groupName, step.userName);
      return;
    case 'attachPolicy':
      await attachGroupPolicy(groupName, step.policyArn);
      return;
  }
}
