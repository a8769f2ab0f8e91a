// A delete that names what goes and asks the user to type a confirmation word, as the
// Cloudscape demos and the IAM console do.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel.js';

interface ConfirmDeleteModalProps {
  visible: boolean;
  header: string;
  children: ReactNode;
  /** The word to type, e.g. `confirm` or the entity's name. */
  confirmationText: string;
  deleting: boolean;
  error?: unknown;
  actionLabel?: string;
  onConfirm: () => void;
  onDismiss: () => void;
}

export function ConfirmDeleteModal(props: ConfirmDeleteModalProps) {
  const { visible, header, children, confirmationText, deleting, error, actionLabel = 'Delete' } = props;
  const [typed, setTyped] = useState('');
  useEffect(() => {
    if (visible) setTyped('');
  }, [visible]);
  const matches = typed === confirmationText;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (matches && !deleting) props.onConfirm();
  }

  return (
    <Modal
      visible={visible}
      header={header}
      onDismiss={props.onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onDismiss} disabled={deleting}>
              Cancel
            </Button>
            <Button variant="primary" onClick={props.onConfirm} disabled={!matches} loading={deleting}>
              {actionLabel}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <form onSubmit={submit}>
        <SpaceBetween size="m">
          <Box variant="div">{children}</Box>
          <FormField
            label={
              <>
                To confirm, type <i>{confirmationText}</i> in the field
              </>
            }
            controlId="confirm-delete-input"
          >
            <Input
              controlId="confirm-delete-input"
              ariaLabel={`Type ${confirmationText} to confirm`}
              value={typed}
              placeholder={confirmationText}
              onChange={({ detail }) => setTyped(detail.value)}
              autoFocus
            />
          </FormField>
          {error ? <ErrorPanel error={error} /> : null}
        </SpaceBetween>
      </form>
    </Modal>
  );
}
