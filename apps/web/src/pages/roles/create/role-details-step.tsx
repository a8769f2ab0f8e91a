// Step 3 of the create-role wizard: name and details, then a review of the trust policy and the
// permissions, and optional tags.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Textarea from '@cloudscape-design/components/textarea';
import { fieldErrorFor } from '../../../api/api-error.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PolicyDocumentView } from '../../../components/policy-document-view/policy-document-view.js';
import { TagsEditor } from '../../../components/tags/tags-editor.js';
import { iamNameConstraint, validatePath } from '../../../components/validation/iam-names.js';
import { validateRoleDescription, validateRoleName } from '../role-fields.js';
import { SessionDurationField } from '../session-duration-field.js';
import type { CreateRoleForm } from './create-role-plan.js';

interface RoleDetailsStepProps {
  form: CreateRoleForm;
  update: (patch: Partial<CreateRoleForm>) => void;
  trustPolicy: string;
  showErrors: boolean;
  error: unknown;
  onEdit: (step: number) => void;
  onSessionProblem: (problem: string | undefined) => void;
}

export function RoleDetailsStep(props: RoleDetailsStepProps) {
  const { form, update, trustPolicy, showErrors, error, onEdit } = props;
  const nameProblem = showErrors ? validateRoleName(form.roleName.trim()) : undefined;
  const descriptionProblem = showErrors ? validateRoleDescription(form.description.trim()) : undefined;
  const pathProblem = showErrors ? validatePath(form.path.trim()) : undefined;
  const formLevelError = error && !fieldErrorFor(error, 'roleName') ? error : null;

  return (
    <SpaceBetween size="l">
      {formLevelError ? <ErrorPanel error={formLevelError} header="The role was not created" /> : null}
      <Container header={<Header variant="h2">Role details</Header>}>
        <SpaceBetween size="l">
          <FormField
            label="Role name"
            description={`${iamNameConstraint('role')} Unique in the account, ignoring case.`}
            controlId="role-name"
            errorText={nameProblem ?? fieldErrorFor(error, 'roleName')}
          >
            <Input
              controlId="role-name"
              value={form.roleName}
              onChange={({ detail }) => update({ roleName: detail.value })}
            />
          </FormField>
          <FormField
            label={
              <>
                Description <i>- optional</i>
              </>
            }
            description="Up to 1,000 characters."
            controlId="role-description"
            errorText={descriptionProblem ?? fieldErrorFor(error, 'description')}
          >
            <Textarea
              controlId="role-description"
              value={form.description}
              rows={2}
              onChange={({ detail }) => update({ description: detail.value })}
            />
          </FormField>
          <FormField
            label={
              <>
                Path <i>- optional</i>
              </>
            }
            description="Organises roles, e.g. /service-role/. Defaults to /."
            controlId="role-path"
            errorText={pathProblem ?? fieldErrorFor(error, 'path')}
          >
            <Input
              controlId="role-path"
              value={form.path}
              placeholder="/"
              onChange={({ detail }) => update({ path: detail.value })}
            />
          </FormField>
          <SessionDurationField
            seconds={form.maxSessionDuration}
            onChange={(maxSessionDuration) => update({ maxSessionDuration })}
            onProblem={props.onSessionProblem}
            showErrors={showErrors}
          />
        </SpaceBetween>
      </Container>
      <Container
        header={
          <Header variant="h2" actions={<Button onClick={() => onEdit(0)}>Edit</Button>}>
            Step 1: Select trusted entities
          </Header>
        }
      >
        <PolicyDocumentView document={trustPolicy} label="Trust policy" testId="review-trust-policy" />
      </Container>
      <Table
        header={
          <Header variant="h2" actions={<Button onClick={() => onEdit(1)}>Edit</Button>}>
            Step 2: Add permissions
          </Header>
        }
        items={form.policies}
        trackBy="arn"
        columnDefinitions={[
          { id: 'name', header: 'Policy name', cell: (p) => p.policyName, isRowHeader: true },
        ]}
        empty="No permissions policies: the role can do nothing until you attach some."
        ariaLabels={{ tableLabel: 'Permissions policy summary' }}
      />
      <Container
        header={
          <Header variant="h2" description="Key-value pairs that identify, organise or find the role.">
            Step 3: Add tags - optional
          </Header>
        }
      >
        <TagsEditor tags={form.tags} onChange={(tags) => update({ tags })} showErrors={showErrors} />
      </Container>
    </SpaceBetween>
  );
}
