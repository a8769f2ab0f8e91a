import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { fieldErrorFor } from '../../../api/api-error.js';
import { ConsolePasswordFields } from '../../../components/password/console-password-fields.js';
import {
  iamNameConstraint,
  validatePath,
  validateUserName,
} from '../../../components/validation/iam-names.js';
import type { CreateUserForm } from './create-user-plan.js';

interface StepProps {
  form: CreateUserForm;
  update: (patch: Partial<CreateUserForm>) => void;
  showErrors: boolean;
  serverError: unknown;
}

export function UserDetailsStep({ form, update, showErrors, serverError }: StepProps) {
  return (
    <Container header={<Header variant="h2">User details</Header>}>
      <SpaceBetween size="l">
        <FormField
          label="User name"
          description={`${iamNameConstraint('user')} Unique in the account, ignoring case.`}
          controlId="user-name"
          errorText={
            (showErrors ? validateUserName(form.userName.trim()) : undefined) ??
            fieldErrorFor(serverError, 'userName')
          }
        >
          <Input
            controlId="user-name"
            value={form.userName}
            onChange={({ detail }) => update({ userName: detail.value })}
          />
        </FormField>
        <FormField
          label={
            <>
              Path <i>- optional</i>
            </>
          }
          description="Organises users, e.g. /engineering/. Defaults to /."
          controlId="user-path"
          errorText={
            (showErrors ? validatePath(form.path.trim()) : undefined) ?? fieldErrorFor(serverError, 'path')
          }
        >
          <Input
            controlId="user-path"
            value={form.path}
            placeholder="/"
            onChange={({ detail }) => update({ path: detail.value })}
          />
        </FormField>
        <Checkbox
          checked={form.consoleAccess}
          onChange={({ detail }) => update({ consoleAccess: detail.checked })}
          description="Lets the user sign in to this console with a password."
        >
          Provide user access to the Gatehouse console - optional
        </Checkbox>
        {form.consoleAccess ? (
          <ConsolePasswordFields
            choice={form.password}
            onChange={(password) => update({ password })}
            showErrors={showErrors}
            serverError={fieldErrorFor(serverError, 'password')}
          />
        ) : null}
      </SpaceBetween>
    </Container>
  );
}
