// Remove a member account from the organization (RemoveAccountFromOrganization), confirmed by
// typing the account's id. The account becomes standalone: the organization's SCPs stop applying
// and its OrganizationAccountAccessRole stays. AWS's refusals are shown in the dialog.
import Box from '@cloudscape-design/components/box';
import { removeAccount } from '../../../api/organizations-api.js';
import type { OrganizationAccount } from '../../../api/organizations-types.js';
import { useNotifications } from '../../../app/notifications.js';
import { ConfirmDeleteModal } from '../../../components/confirm-delete-modal.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';

export function RemoveAccountModal(props: {
  account: OrganizationAccount;
  onDismiss: () => void;
  onRemoved: () => void;
}) {
  const { notify } = useNotifications();
  const { account } = props;
  const remove = useOrganizationMutation(
    () => removeAccount(account.id),
    () => {
      notify({ type: 'success', content: `Account ${account.name} removed from the organization.` });
      props.onDismiss();
      props.onRemoved();
    },
  );
  return (
    <ConfirmDeleteModal
      visible
      header={`Remove ${account.name} from the organization?`}
      confirmationText={account.id}
      actionLabel="Remove account"
      deleting={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(undefined)}
      onDismiss={props.onDismiss}
    >
      <Box variant="p">
        The account becomes a standalone account. The organization&apos;s service control policies stop
        applying to it, and the management account can no longer create, move or govern it.
      </Box>
      <Box variant="p">
        Roles in the account that trust the management account, such as OrganizationAccountAccessRole, stay
        until someone in the account deletes them.
      </Box>
    </ConfirmDeleteModal>
  );
}
