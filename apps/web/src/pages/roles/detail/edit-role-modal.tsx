// "Edit" on a role's summary: its description and maximum session duration (UpdateRole).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { fieldErrorFor } from '../../../api/api-error.js';
import { updateRole } from '../../../api/roles-api.js';
import type { Role } from '../../../api/roles-types.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { validateRoleDescription } from '../role-fields.js';
import { SessionDurationField } from '../session-duration-field.js';

export function EditRoleModal({ role, onDismiss }: { role: Role; onDismiss: () => void }) {
  const [description, setDescription] = useState(role.description ?? '');
  const [seconds, setSeconds] = useState(role.maxSessionDuration);
  const [sessionProblem, setSessionProblem] = useState<string | undefined>();
  const [showErrors, setShowErrors] = useState(false);
  const { notify } = useNotifications();
  const descriptionProblem = validateRoleDescription(description.trim());
  const update = useWriteMutation('role', {
    mutationFn: () =>
      updateRole(role.roleName, { description: description.trim(), maxSessionDuration: seconds }),
    onSuccess: () => {
      notify({ type: 'success', content: `Role ${role.roleName} updated.` });
      onDismiss();
    },
  });
  const saving = update.isPending;
  const error = update.error;

  function save() {
    if (descriptionProblem || sessionProblem) {
      setShowErrors(true);
      return;
    }
    update.mutate();
  }

  const fieldError = fieldErrorFor(error, 'description') ?? fieldErrorFor(error, 'maxSessionDuration');
  return (
    <Modal
      visible
      header={`Edit ${role.roleName}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={saving}>
              Cancel
            </Button>
            <Button variant="primary" loading={saving} onClick={save}>
              Save changes
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="l">
        <FormField
          label="Description"
          description="Up to 1,000 characters."
          controlId="edit-role-description"
          errorText={(showErrors ? descriptionProblem : undefined) ?? fieldErrorFor(error, 'description')}
        >
          <Textarea
            controlId="edit-role-description"
            value={description}
            rows={3}
            onChange={({ detail }) => setDescription(detail.value)}
          />
        </FormField>
        <SessionDurationField
          seconds={seconds}
          onChange={setSeconds}
          onProblem={setSessionProblem}
          showErrors={showErrors}
        />
        {error && !fieldError ? <ErrorPanel error={error} header="The role was not updated" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
