// Create, rename and delete an organizational unit. Names as AWS allows them (1–128 characters);
// a refusal (a duplicate name, an OU that still holds accounts) is shown in AWS's words.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import {
  createOrganizationalUnit,
  deleteOrganizationalUnit,
  renameOrganizationalUnit,
} from '../../../api/organizations-api.js';
import { useNotifications } from '../../../app/notifications.js';
import { ConfirmDeleteModal } from '../../../components/confirm-delete-modal.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { validateOuName } from '../organization-fields.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';

interface NameModalProps {
  header: string;
  submitLabel: string;
  initialName: string;
  description?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (name: string) => void;
  onDismiss: () => void;
}

function OuNameModal(props: NameModalProps) {
  const [name, setName] = useState(props.initialName);
  const [touched, setTouched] = useState(false);
  const problem = validateOuName(name);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setTouched(true);
    if (!problem && !props.pending) props.onSubmit(name.trim());
  };
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
            <Button variant="primary" loading={props.pending} onClick={() => submit()}>
              {props.submitLabel}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <form onSubmit={submit}>
        <SpaceBetween size="m">
          {props.description ? <Box variant="p">{props.description}</Box> : null}
          <FormField
            label="Organizational unit name"
            constraintText="Up to 128 characters."
            controlId="ou-name"
            errorText={touched ? problem : undefined}
          >
            <Input
              controlId="ou-name"
              value={name}
              onChange={({ detail }) => setName(detail.value)}
              autoFocus
            />
          </FormField>
          {props.error ? <ErrorPanel error={props.error} /> : null}
        </SpaceBetween>
      </form>
    </Modal>
  );
}

export function CreateOuModal({
  parentId,
  parentPath,
  onDismiss,
}: {
  parentId: string;
  parentPath: string;
  onDismiss: () => void;
}) {
  const { notify } = useNotifications();
  const create = useOrganizationMutation(createOrganizationalUnit, (ou) => {
    notify({ type: 'success', content: `Organizational unit ${ou.name} created in ${parentPath}.` });
    onDismiss();
  });
  return (
    <OuNameModal
      header="Create organizational unit"
      submitLabel="Create organizational unit"
      description={`The new organizational unit goes in ${parentPath}.`}
      initialName=""
      pending={create.isPending}
      error={create.error}
      onSubmit={(name) => create.mutate({ parentId, name })}
      onDismiss={onDismiss}
    />
  );
}

export function RenameOuModal({ id, name, onDismiss }: { id: string; name: string; onDismiss: () => void }) {
  const { notify } = useNotifications();
  const rename = useOrganizationMutation(
    (newName: string) => renameOrganizationalUnit(id, newName),
    (_ou, newName) => {
      notify({ type: 'success', content: `Organizational unit ${name} renamed to ${newName}.` });
      onDismiss();
    },
  );
  return (
    <OuNameModal
      header={`Rename ${name}`}
      submitLabel="Save changes"
      initialName={name}
      pending={rename.isPending}
      error={rename.error}
      onSubmit={(newName) => rename.mutate(newName)}
      onDismiss={onDismiss}
    />
  );
}

export function DeleteOuModal({
  id,
  name,
  onDismiss,
  onDeleted,
}: {
  id: string;
  name: string;
  onDismiss: () => void;
  onDeleted?: () => void;
}) {
  const { notify } = useNotifications();
  const remove = useOrganizationMutation(
    () => deleteOrganizationalUnit(id),
    () => {
      notify({ type: 'success', content: `Organizational unit ${name} deleted.` });
      onDismiss();
      onDeleted?.();
    },
  );
  return (
    <ConfirmDeleteModal
      visible
      header={`Delete ${name}?`}
      confirmationText={name}
      deleting={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(undefined)}
      onDismiss={onDismiss}
    >
      <Box variant="p">
        Only an empty organizational unit can be deleted: move its accounts and delete its organizational
        units first. Policies attached to it are detached.
      </Box>
    </ConfirmDeleteModal>
  );
}
