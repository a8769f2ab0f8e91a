// Create, change or delete the account alias (iam:CreateAccountAlias / iam:DeleteAccountAlias).
// The parent mounts a modal only while it is open, so each opening starts from a fresh form.
import Box from '@cloudscape-design/components/box';
import { deleteAccountAlias, putAccountAlias } from '../../api/queries/account.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal.js';
import { SettingModal } from '../../components/setting-modal/setting-modal.js';
import { validateAccountAlias } from '../../components/validation/iam-names.js';

export function AccountAliasModal(props: { current: string | null; onDismiss: () => void }) {
  const { current, onDismiss } = props;
  return (
    <SettingModal
      header={current ? 'Edit account alias' : 'Create account alias'}
      label="Preferred alias"
      description="3 to 63 lowercase letters, digits and hyphens. IAM users sign in at /signin/<alias>."
      controlId="account-alias-input"
      kind="text"
      initialValue={current ?? ''}
      field="alias"
      problem={(alias) => validateAccountAlias(alias)}
      save={(alias) => putAccountAlias(alias ?? '')}
      resource="account"
      successMessage={(_saved, alias) => `Account alias ${alias} saved.`}
      normalize={(text) => text.trim()}
      autoFocus
      onDismiss={onDismiss}
    />
  );
}

export function DeleteAliasModal(props: { visible: boolean; alias: string; onDismiss: () => void }) {
  const { visible, alias, onDismiss } = props;
  const { notify } = useNotifications();
  const remove = useWriteMutation('account', {
    mutationFn: deleteAccountAlias,
    onSuccess: () => {
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
