// Delete a customer managed SCP, confirmed by typing its name. AWS refuses while the policy is
// attached anywhere (PolicyInUseException); the refusal is shown in the dialog.
import Box from '@cloudscape-design/components/box';
import { deleteScp } from '../../../api/organizations-api.js';
import type { ServiceControlPolicy } from '../../../api/organizations-types.js';
import { useNotifications } from '../../../app/notifications.js';
import { ConfirmDeleteModal } from '../../../components/confirm-delete-modal.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';

export function DeleteScpModal(props: {
  policy: ServiceControlPolicy;
  onDismiss: () => void;
  onDeleted: () => void;
}) {
  const { notify } = useNotifications();
  const remove = useOrganizationMutation(
    () => deleteScp(props.policy.id),
    () => {
      notify({ type: 'success', content: `Policy ${props.policy.name} deleted.` });
      props.onDismiss();
      props.onDeleted();
    },
  );
  return (
    <ConfirmDeleteModal
      visible
      header={`Delete ${props.policy.name}?`}
      confirmationText={props.policy.name}
      deleting={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(undefined)}
      onDismiss={props.onDismiss}
    >
      <Box variant="p">
        A policy can be deleted only once it is detached from every root, organizational unit and account.
        {props.policy.targetCount > 0 ? ` It is attached to ${props.policy.targetCount} now.` : ''}
      </Box>
    </ConfirmDeleteModal>
  );
}
