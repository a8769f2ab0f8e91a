// A modal that edits one account setting: a number or a word (the account alias, the event
// retention period, Access Analyzer's unused-access age), checked by the server's own rule before
// it is sent, saved through one mutation that refreshes the setting's invalidation entry. A
// setting with a deployment default offers it first, as a radio choice against a custom value.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import { fieldErrorFor } from '../../api/api-error.js';
import type { InvalidatedResource } from '../../api/invalidation.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../error-panel.js';

/** The setting's default, offered as the first of two radio choices. */
export interface SettingDefault {
  /** The group's label and description, e.g. "Retention period". */
  label: string;
  description: string;
  /** e.g. "Deployment default (90 days)". */
  defaultLabel: string;
  customLabel: string;
  /** Whether the setting follows the default now. */
  isDefault: boolean;
}

export interface SettingModalProps<TSaved> {
  header: string;
  /** The text field. */
  label: string;
  description: string;
  controlId: string;
  kind: 'number' | 'text';
  initialValue: string;
  /** The request field the server names in a validation error, shown under the input. */
  field: string;
  /** The server's rule on the text, as a message, or undefined when it holds. */
  problem: (text: string) => string | undefined;
  /** Sends the trimmed text, or null to go back to the default. */
  save: (value: string | null) => Promise<TSaved>;
  resource: InvalidatedResource;
  successMessage: (saved: TSaved, value: string | null) => string;
  /** The alert's header when the save fails for a reason other than the field. */
  errorHeader?: string;
  /** Applied to each keystroke (the alias drops spaces). */
  normalize?: (text: string) => string;
  autoFocus?: boolean;
  withDefault?: SettingDefault;
  onDismiss: () => void;
}

export function SettingModal<TSaved>(props: SettingModalProps<TSaved>) {
  const { withDefault, controlId, field, onDismiss } = props;
  const [useDefault, setUseDefault] = useState(withDefault?.isDefault ?? false);
  const [text, setText] = useState(props.initialValue);
  const [problem, setProblem] = useState<string>();
  const { notify } = useNotifications();
  const save = useWriteMutation(props.resource, {
    mutationFn: props.save,
    onSuccess: (saved, value) => {
      notify({ type: 'success', content: props.successMessage(saved, value) });
      onDismiss();
    },
  });
  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (useDefault) return save.mutate(null);
    const invalid = props.problem(text);
    setProblem(invalid);
    if (!invalid) save.mutate(text.trim());
  }
  const fieldError = fieldErrorFor(save.error, field);

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={props.header}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" onClick={() => submit()} loading={save.isPending}>
              Save changes
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <form onSubmit={submit}>
        <SpaceBetween size="m">
          {withDefault ? (
            <FormField label={withDefault.label} description={withDefault.description}>
              <RadioGroup
                value={useDefault ? 'default' : 'custom'}
                onChange={({ detail }) => setUseDefault(detail.value === 'default')}
                items={[
                  { value: 'default', label: withDefault.defaultLabel },
                  { value: 'custom', label: withDefault.customLabel },
                ]}
              />
            </FormField>
          ) : null}
          {useDefault ? null : (
            <FormField
              label={props.label}
              description={props.description}
              controlId={controlId}
              errorText={problem ?? fieldError}
            >
              <Input
                controlId={controlId}
                type={props.kind}
                inputMode={props.kind === 'number' ? 'numeric' : undefined}
                value={text}
                onChange={({ detail }) =>
                  setText(props.normalize ? props.normalize(detail.value) : detail.value)
                }
                autoFocus={props.autoFocus}
              />
            </FormField>
          )}
          {save.error && !fieldError ? <ErrorPanel error={save.error} header={props.errorHeader} /> : null}
        </SpaceBetween>
      </form>
    </Modal>
  );
}
