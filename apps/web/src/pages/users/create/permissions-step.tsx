import Alert from '@cloudscape-design/components/alert';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { GroupPicker } from '../../../components/pickers/group-picker.js';
import { PolicyPicker } from '../../../components/pickers/policy-picker.js';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense } from 'react';
import type { CopiedPermissionsState } from './use-copied-permissions.js';
import { boundaryMissing, type CreateUserForm } from './create-user-plan.js';

// The source-user table loads only when "Copy permissions" is chosen.
const CopyPermissions = lazy(async () => ({
  default: (await import('./copy-permissions.js')).CopyPermissions,
}));

export function PermissionsStep(props: {
  form: CreateUserForm;
  update: (patch: Partial<CreateUserForm>) => void;
  copied: CopiedPermissionsState;
  showErrors: boolean;
}) {
  const { form, update, copied, showErrors } = props;
  return (
    <SpaceBetween size="l">
      <Tiles
        ariaLabel="Permissions options"
        value={form.permissions}
        onChange={({ detail }) => update({ permissions: detail.value as CreateUserForm['permissions'] })}
        columns={4}
        items={[
          {
            value: 'groups',
            label: 'Add user to group',
            description:
              'The user gets the permissions of the groups. Recommended: manage permissions by job function.',
          },
          {
            value: 'copy',
            label: 'Copy permissions',
            description:
              'Copy the group memberships, attached managed policies and permissions boundary of an existing user.',
          },
          {
            value: 'policies',
            label: 'Attach policies directly',
            description:
              'Attach managed policies to the user. Prefer groups for permissions several users share.',
          },
          { value: 'none', label: 'No permissions', description: 'Create the user without any permissions.' },
        ]}
      />
      {form.permissions === 'groups' ? (
        <GroupPicker selected={form.groups} onChange={(groups) => update({ groups })} />
      ) : null}
      {form.permissions === 'copy' ? (
        <Suspense fallback={<Spinner />}>
          <CopyPermissions
            copyFrom={form.copyFrom}
            onChange={(copyFrom) => update({ copyFrom })}
            copied={copied}
          />
        </Suspense>
      ) : null}
      {form.permissions === 'copy' && showErrors && !form.copyFrom ? (
        <Alert type="error" header="Choose a user to copy permissions from">
          Or choose another permissions option.
        </Alert>
      ) : null}
      {form.permissions === 'policies' ? (
        <PolicyPicker selected={form.policies} onChange={(policies) => update({ policies })} />
      ) : null}
      {form.permissions !== 'copy' ? (
        <BoundarySection form={form} update={update} showErrors={showErrors} />
      ) : null}
    </SpaceBetween>
  );
}

/** As the IAM console's "Set permissions boundary - optional" (Copy permissions copies the boundary). */
function BoundarySection(props: {
  form: CreateUserForm;
  update: (patch: Partial<CreateUserForm>) => void;
  showErrors: boolean;
}) {
  const { form, update, showErrors } = props;
  return (
    <ExpandableSection
      variant="container"
      headerText="Set permissions boundary - optional"
      headerDescription="A permissions boundary is a managed policy that sets the most permissions the user's policies can grant."
      defaultExpanded={form.useBoundary}
    >
      <SpaceBetween size="m">
        <FormField
          label="Permissions boundary"
          errorText={showErrors && boundaryMissing(form) ? 'Choose the boundary policy.' : undefined}
        >
          <RadioGroup
            value={form.useBoundary ? 'use' : 'none'}
            onChange={({ detail }) => update({ useBoundary: detail.value === 'use' })}
            items={[
              { value: 'none', label: 'Create user without a permissions boundary' },
              { value: 'use', label: 'Use a permissions boundary to control the maximum user permissions' },
            ]}
          />
        </FormField>
        {form.useBoundary ? (
          <PolicyPicker
            selected={form.boundary}
            onChange={(boundary) => update({ boundary })}
            selectionType="single"
            header="Choose the boundary policy"
          />
        ) : null}
      </SpaceBetween>
    </ExpandableSection>
  );
}
