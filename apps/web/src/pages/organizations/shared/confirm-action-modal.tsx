// A change that needs a second thought but no typed confirmation (disabling a policy type): what
// happens, Cancel and the action; the refusal, if any, in the API's words inside the dialog.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../../../components/error-panel.js';

export function ConfirmActionModal(props: {
  header: string;
  actionLabel: string;
  children: ReactNode;
  pending: boolean;
  error?: unknown;
  onConfirm: () => void;
  onDismiss: () => void;
}) {
  return (
    <Modal
      visible
      header={props.header}
      onDismiss={props.onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onDismiss} disabled={props.pending}>
              Cancel
            </Button>
            <Button variant="primary" loading={props.pending} onClick={props.onConfirm}>
              {props.actionLabel}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="div">{props.children}</Box>
        {props.error ? <ErrorPanel error={props.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
