// Create, change or delete the account alias (iam:CreateAccountAlias / iam:DeleteAccountAlias).
// The parent mounts a modal only while it is open, so each opening starts from a fresh form.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { fieldErrorFor } from '../../api/api-error.js';
import { accountKeys, deleteAccountAlias, putAccountAlias } from '../../api/queries/account.js';
import { authKeys } from '../../api/queries/auth.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { validateAccountAlias } from '../../components/validation/iam-names.js';

function useAccountRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: accountKeys.summary }),
      queryClient.invalidateQueries({ queryKey: authKeys.whoami }),
    ]);
}

export function AccountAliasModal(props: {
  visible: boolean;
  current: string | null;
  onDismiss: () => void;
}) {
  const { visible, current, onDismiss } = props;
  const [alias, setAlias] = useState(current ?? '');
  const [problem, setProblem] = useState<string>();
  const refresh = useAccountRefresh();
  const { notify } = useNotifications();
  const save = useMutation({
    mutationFn: putAccountAlias,
    onSuccess: async (_data, saved) => {
      await refresh();
      notify({ type: 'success', content: `Account alias ${saved} saved.` });
      onDismiss();
    },
  });
  function submit(event?: FormEvent) {
    event?.preventDefault();
    const invalid = validateAccountAlias(alias);
    setProblem(invalid);
    if (!invalid) save.mutate(alias);
  }

  return (
    <Modal
      visible={visible}
      onDismiss={onDismiss}
      header={current ? 'Edit account alias' : 'Create account alias'}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" onClick={() => submit()} loading={save.isPending}>
              Save changes
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <form onSubmit={submit}>
        <SpaceBetween size="m">
          <FormField
            label="Preferred alias"
            description="3 to 63 lowercase letters, digits and hyphens. IAM users sign in at /signin/<alias>."
            controlId="account-alias-input"
            errorText={problem ?? fieldErrorFor(save.error, 'alias')}
          >
            <Input
              controlId="account-alias-input"
              value={alias}
              onChange={({ detail }) => setAlias(detail.value.trim())}
              autoFocus
            />
          </FormField>
          {save.error && !fieldErrorFor(save.error, 'alias') ? <ErrorPanel error={save.error} /> : null}
        </SpaceBetween>
      </form>
    </Modal>
  );
}

export function DeleteAliasModal(props: { visible: boolean; alias: string; onDismiss: () => void }) {
  const { visible, alias, onDismiss } = props;
  const refresh = useAccountRefresh();
  const { notify } = useNotifications();
  const remove = useMutation({
    mutationFn: deleteAccountAlias,
    onSuccess: async () => {
      await refresh();
      notify({ type: 'success', content: `Account alias ${alias} deleted.` });
      onDismiss();
    },
  });
  return (
    <ConfirmDeleteModal
      visible={visible}
      header="Delete account alias"
      confirmationText={alias}
      deleting={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate()}
      onDismiss={onDismiss}
    >
      IAM users will no longer be able to sign in at <Box variant="code">/signin/{alias}</Box>; they will need
      the URL with the account ID instead.
    </ConfirmDeleteModal>
  );
}
