// A six-digit MFA code field: digits only, numeric keyboard, one-time-code autofill.
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';

export const MFA_CODE_PATTERN = /^\d{6}$/;

export function mfaCodeProblem(code: string): string | undefined {
  return MFA_CODE_PATTERN.test(code) ? undefined : 'Enter the 6-digit code from your MFA device.';
}

interface MfaCodeInputProps {
  label: string;
  controlId: string;
  value: string;
  onChange: (value: string) => void;
  errorText?: string;
  description?: string;
  autoFocus?: boolean;
}

export function MfaCodeInput(props: MfaCodeInputProps) {
  return (
    <FormField
      label={props.label}
      controlId={props.controlId}
      errorText={props.errorText}
      description={props.description}
    >
      <Input
        controlId={props.controlId}
        inputMode="numeric"
        autoComplete={false}
        value={props.value}
        autoFocus={props.autoFocus}
        onChange={({ detail }) => props.onChange(detail.value.replace(/\D/g, '').slice(0, 6))}
      />
    </FormField>
  );
}
