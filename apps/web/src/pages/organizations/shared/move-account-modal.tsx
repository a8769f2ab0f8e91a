// Move an account to another place in the tree: the root or any OU. Its SCPs then come from its
// new parents. A refusal (e.g. the destination is gone) is shown in AWS's words.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import { moveAccount } from '../../../api/organizations-api.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { moveDestinations, pathsById, type OrgNode } from '../org-tree.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';
import { ContainerChoice } from './container-choice.js';

export function MoveAccountModal({
  root,
  account,
  onDismiss,
}: {
  root: OrgNode;
  account: OrgNode;
  onDismiss: () => void;
}) {
  const { notify } = useNotifications();
  const [destination, setDestination] = useState<string | null>(null);
  const paths = useMemo(() => pathsById(root), [root]);
  const options = useMemo(() => moveDestinations(root, [account]), [root, account]);
  const move = useOrganizationMutation(
    (to: string) => moveAccount(account.id, to),
    (_data, to) => {
      notify({ type: 'success', content: `Account ${account.name} moved to ${paths.get(to) ?? to}.` });
      onDismiss();
    },
  );
  return (
    <Modal
      visible
      header={`Move ${account.name}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={move.isPending}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!destination}
              loading={move.isPending}
              onClick={() => destination && move.mutate(destination)}
            >
              Move AWS account
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          Now in <b>{account.parentId ? paths.get(account.parentId) : 'Root'}</b>. The account takes the
          service control policies of its new place.
        </Box>
        <FormField label="Destination">
          <ContainerChoice
            ariaLabel="Destination"
            options={options}
            paths={paths}
            value={destination}
            onChange={setDestination}
          />
        </FormField>
        {move.error ? <ErrorPanel error={move.error} header="The account was not moved" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
