import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { attachUserPolicy, userKeys } from '../../../api/queries/users.js';
import { useNotifications } from '../../../app/notifications.js';
import { errorSummary } from '../../../components/format-api-error.js';
import { PolicyPicker, type PickedPolicy } from '../../../components/pickers/policy-picker.js';

interface AttachPoliciesModalProps {
  userName: string;
  attached: string[];
  onDismiss: () => void;
}

export function AttachPoliciesModal({ userName, attached, onDismiss }: AttachPoliciesModalProps) {
  const [picked, setPicked] = useState<PickedPolicy[]>([]);
  const [saving, setSaving] = useState(false);
  const queryClient = useQueryClient();
  const { notify } = useNotifications();

  async function attach() {
    setSaving(true);
    const done: string[] = [];
    for (const policy of picked) {
      try {
        await attachUserPolicy(userName, policy.arn);
        done.push(policy.policyName);
      } catch (error) {
        notify({
          type: 'error',
          header: `${policy.policyName} was not attached`,
          content: errorSummary(error),
        });
      }
    }
    await queryClient.invalidateQueries({ queryKey: userKeys.detail(userName) });
    if (done.length) notify({ type: 'success', content: `Attached to ${userName}: ${done.join(', ')}.` });
    onDismiss();
  }

  return (
    <Modal
      visible
      size="max"
      header={`Attach policies to ${userName}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={saving}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={picked.length === 0}
              loading={saving}
              onClick={() => void attach()}
            >
              Attach policies
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <PolicyPicker
        selected={picked}
        onChange={setPicked}
        attached={attached}
        header="Other permissions policies"
      />
    </Modal>
  );
}
