// "Attach policies" for a user, group or role: pick managed policies, attach them one by one, and
// report each failure (a quota, a denial) by name.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { InvalidatedResource } from '../../api/invalidation.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { errorSummary } from '../format-api-error.js';
import { PolicyPicker, type PickedPolicy } from '../pickers/policy-picker.js';

interface AttachPoliciesModalProps {
  /** e.g. `admins` — named in the header and the messages. */
  entityName: string;
  attached: string[];
  attach: (policyArn: string) => Promise<unknown>;
  /** What kind of entity it is: its entry in the invalidation map says what to refresh. */
  resource: InvalidatedResource;
  onDismiss: () => void;
}

export function AttachPoliciesModal(props: AttachPoliciesModalProps) {
  const { entityName, attached, attach, resource, onDismiss } = props;
  const [picked, setPicked] = useState<PickedPolicy[]>([]);
  const { notify } = useNotifications();

  // One mutation for the batch: each policy is attached on its own (a failure names its policy),
  // and what did attach is refreshed once the batch is done.
  const attachAll = useWriteMutation(resource, {
    mutationFn: async (policies: PickedPolicy[]) => {
      const done: string[] = [];
      for (const policy of policies) {
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
      return done;
    },
    onSuccess: (done) => {
      if (done.length) notify({ type: 'success', content: `Attached to ${entityName}: ${done.join(', ')}.` });
      onDismiss();
    },
  });

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
            <Button variant="link" onClick={onDismiss} disabled={attachAll.isPending}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={picked.length === 0}
              loading={attachAll.isPending}
              onClick={() => attachAll.mutate(picked)}
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
