// "Maximum session duration": the IAM console's choices (1, 2, 4, 8, 12 hours) or a custom number
// of seconds from 3,600 to 43,200.
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { parseSessionSeconds, SESSION_DURATION_OPTIONS } from './role-fields.js';

interface SessionDurationFieldProps {
  seconds: number;
  onChange: (seconds: number) => void;
  /** Told whether the custom value is unusable, so the form can refuse to save. */
  onProblem: (problem: string | undefined) => void;
  showErrors: boolean;
}

const CUSTOM = 'custom';

export function SessionDurationField({
  seconds,
  onChange,
  onProblem,
  showErrors,
}: SessionDurationFieldProps) {
  const preset = SESSION_DURATION_OPTIONS.find((o) => o.seconds === seconds);
  const [custom, setCustom] = useState(preset ? null : String(seconds));
  const problem = custom === null ? undefined : parseSessionSeconds(custom).problem;
  const options = [
    ...SESSION_DURATION_OPTIONS.map((o) => ({ value: String(o.seconds), label: o.label })),
    { value: CUSTOM, label: 'Custom duration' },
  ];
  const selected = custom === null ? options.find((o) => o.value === String(seconds)) : options.at(-1);

  function choose(value: string) {
    if (value === CUSTOM) {
      setCustom(String(seconds));
      onProblem(undefined);
      return;
    }
    setCustom(null);
    onProblem(undefined);
    onChange(Number(value));
  }

  function type(text: string) {
    setCustom(text);
    const parsed = parseSessionSeconds(text);
    onProblem(parsed.problem);
    if (parsed.seconds !== undefined) onChange(parsed.seconds);
  }

  return (
    <FormField
      label="Maximum session duration"
      description="How long a session that assumed this role lasts at most."
      errorText={showErrors ? problem : undefined}
    >
      <SpaceBetween size="xs" direction="horizontal">
        <Select
          ariaLabel="Maximum session duration"
          selectedOption={selected ?? null}
          onChange={({ detail }) => choose(detail.selectedOption.value ?? String(seconds))}
          options={options}
        />
        {custom !== null ? (
          <Input
            ariaLabel="Custom duration in seconds"
            type="number"
            inputMode="numeric"
            value={custom}
            onChange={({ detail }) => type(detail.value)}
          />
        ) : null}
      </SpaceBetween>
    </FormField>
  );
}
