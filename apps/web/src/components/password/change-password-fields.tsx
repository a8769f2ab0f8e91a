// Changing one's own password, as the sign-in flow (a reset the administrator required) and
// My security credentials both do: the state and submit of the three fields, and the fields.
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import { changePassword } from '../../api/queries/auth.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';

export interface ChangePasswordForm {
  oldPassword: string;
  setOldPassword: (value: string) => void;
  newPassword: string;
  setNewPassword: (value: string) => void;
  confirm: string;
  setConfirm: (value: string) => void;
  /** The retyped password differs: shown on the confirm field, nothing is sent. */
  mismatch: boolean;
  saving: boolean;
  error: unknown;
  submit: (event: FormEvent) => void;
}

/** `onChanged` runs after the server accepted the new password; the form stays busy meanwhile. */
export function useChangePasswordForm(onChanged: () => Promise<void> | void): ChangePasswordForm {
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useWriteMutation('credentials', {
    mutationFn: () => changePassword({ oldPassword, newPassword }),
    onSuccess: () => onChanged(),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const differ = newPassword !== confirm;
    setMismatch(differ);
    if (differ) return;
    change.mutate();
  }

  return {
    oldPassword,
    setOldPassword,
    newPassword,
    setNewPassword,
    confirm,
    setConfirm,
    mismatch,
    // Still busy once accepted: the page is on its way elsewhere (sign-in, or a refreshed view).
    saving: change.isPending || change.isSuccess,
    error: change.error,
    submit,
  };
}

interface FieldNames {
  label: string;
  controlId: string;
}

export interface ChangePasswordFieldsProps {
  form: ChangePasswordForm;
  old: FieldNames & { errorText?: string };
  next: FieldNames & { errorText?: string };
  confirm: FieldNames;
}

export function ChangePasswordFields({ form, old, next, confirm }: ChangePasswordFieldsProps) {
  return (
    <SpaceBetween size="m">
      <FormField label={old.label} controlId={old.controlId} errorText={old.errorText}>
        <Input
          controlId={old.controlId}
          type="password"
          autoComplete="current-password"
          value={form.oldPassword}
          onChange={({ detail }) => form.setOldPassword(detail.value)}
          autoFocus
        />
      </FormField>
      <FormField label={next.label} controlId={next.controlId} errorText={next.errorText}>
        <Input
          controlId={next.controlId}
          type="password"
          autoComplete="new-password"
          value={form.newPassword}
          onChange={({ detail }) => form.setNewPassword(detail.value)}
        />
      </FormField>
      <FormField
        label={confirm.label}
        controlId={confirm.controlId}
        errorText={form.mismatch ? 'The passwords do not match.' : undefined}
      >
        <Input
          controlId={confirm.controlId}
          type="password"
          autoComplete="new-password"
          value={form.confirm}
          onChange={({ detail }) => form.setConfirm(detail.value)}
        />
      </FormField>
    </SpaceBetween>
  );
}
