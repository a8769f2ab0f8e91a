// Console password: the signed-in principal changes its own password. A password the account's
// policy refuses shows the server's message, naming the rule, on the new-password field.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { fieldErrorFor } from '../../api/api-error.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { passwordProblemText } from '../../components/credentials/password-problems.js';
import {
  ChangePasswordFields,
  useChangePasswordForm,
} from '../../components/password/change-password-fields.js';

export function ChangeOwnPasswordSection() {
  const [editing, setEditing] = useState(false);
  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            editing ? undefined : <Button onClick={() => setEditing(true)}>Update console password</Button>
          }
        >
          Console password
        </Header>
      }
    >
      {editing ? (
        <ChangeOwnPasswordForm onDone={() => setEditing(false)} />
      ) : (
        <Box color="text-body-secondary">Change the password you use to sign in to this console.</Box>
      )}
    </Container>
  );
}

function ChangeOwnPasswordForm({ onDone }: { onDone: () => void }) {
  const { notify } = useNotifications();
  const form = useChangePasswordForm(() => {
    notify({ type: 'success', content: 'Your console password was changed.' });
    onDone();
  });
  const oldProblem = fieldErrorFor(form.error, 'oldPassword');
  const newProblem = passwordProblemText(form.error, 'newPassword');
  return (
    <form onSubmit={(event) => void form.submit(event)} aria-label="Change console password">
      <Form
        errorText={form.error && !oldProblem && !newProblem ? <ErrorPanel error={form.error} /> : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={onDone} disabled={form.saving}>
              Cancel
            </Button>
            <Button variant="primary" formAction="submit" loading={form.saving}>
              Change password
            </Button>
          </SpaceBetween>
        }
      >
        <ChangePasswordFields
          form={form}
          old={{ label: 'Current password', controlId: 'current-password', errorText: oldProblem }}
          next={{ label: 'New password', controlId: 'new-password', errorText: newProblem }}
          confirm={{ label: 'Confirm new password', controlId: 'confirm-new-password' }}
        />
      </Form>
    </form>
  );
}
