// "Attach policies" for a user, group or role: pick managed policies, attach them one by one, and
// report each failure (a quota, a denial) by name.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotifications } from '../../app/notifications.js';
import { errorSummary } from '../format-api-error.js';
import { PolicyPicker, type PickedPolicy } from '../pickers/policy-picker.js';

interface AttachPoliciesModalProps {
  /** e.g. `admins` — named in the header and the messages. */
  entityName: string;
  attached: string[];
  attach: (policyArn: string) => Promise<unknown>;
  /** The cache to refresh afterwards. */
  invalidateKey: readonly unknown[];
  onDismiss: () => void;
}

export function AttachPoliciesModal(props: AttachPoliciesModalProps) {
  const { entityName, attached, attach, invalidateKey, onDismiss } = props;
  const [picked, setPicked] = useState<PickedPolicy[]>([]);
  const [saving, setSaving] = useState(false);
  const queryClient = useQueryClient();
  const { notify } = useNotifications();

  async function attachAll() {
    setSaving(true);
    const done: string[] = [];
    for (const policy of picked) {
      try {
        await attach(policy.arn);
        done.push(policy.policyName);
      } catch (error) {
        notify({
          type: 'error',
          header: `${policy.policyName} was not attached`,
          content: errorSummary(error),
        });
      }
    }
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: invalidateKey }),
      queryClient.invalidateQueries({ queryKey: ['policies'] }),
    ]);
    if (done.length) notify({ type: 'success', content: `Attached to ${entityName}: ${done.join(', ')}.` });
    onDismiss();
  }

  return (
    <Modal
      visible
      size="max"
      header={`Attach policies to ${entityName}`}
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
              onClick={() => void attachAll()}
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
