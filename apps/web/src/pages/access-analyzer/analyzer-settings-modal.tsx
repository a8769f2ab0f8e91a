// "Analyzer settings": the unused-access window (AWS's unusedAccessAge, 1 to 365 days). Saving
// starts a new analysis.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AnalysisStatus } from '@gatehouse/contracts/access-analyzer';
import { fieldErrorFor } from '../../api/api-error.js';
import { accessAnalyzerKeys, updateAnalyzer } from '../../api/access-analyzer-api.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../../components/error-panel.js';

/** The server's rule: a whole number of days from 1 to 365. */
export function unusedAgeProblem(text: string): string | undefined {
  if (!/^\d+$/.test(text.trim())) return 'Enter a whole number of days.';
  const days = Number(text.trim());
  return days < 1 || days > 365 ? 'Enter from 1 to 365 days.' : undefined;
}

export function AnalyzerSettingsModal({
  current,
  onDismiss,
}: {
  current: AnalysisStatus;
  onDismiss: () => void;
}) {
  const [days, setDays] = useState(String(current.unusedAccessAge));
  const [problem, setProblem] = useState<string>();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const save = useMutation({
    mutationFn: updateAnalyzer,
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: accessAnalyzerKeys.all });
      notify({
        type: 'success',
        content: `Access unused for ${saved.unusedAccessAge} days is now reported.`,
      });
      onDismiss();
    },
  });
  function submit(event?: FormEvent) {
    event?.preventDefault();
    const invalid = unusedAgeProblem(days);
    setProblem(invalid);
    if (!invalid) save.mutate(Number(days.trim()));
  }
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header="Analyzer settings"
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
          <FormField
            label="Unused access age"
            description="Roles, passwords, access keys and permissions not used for this many days are reported as unused. From 1 to 365 days."
            controlId="unused-access-age"
            errorText={problem ?? fieldErrorFor(save.error, 'unusedAccessAge')}
          >
            <Input
              controlId="unused-access-age"
              type="number"
              inputMode="numeric"
              value={days}
              onChange={({ detail }) => setDays(detail.value)}
            />
          </FormField>
          {save.error && !fieldErrorFor(save.error, 'unusedAccessAge') ? (
            <ErrorPanel error={save.error} header="The settings could not be saved" />
          ) : null}
        </SpaceBetween>
      </form>
    </Modal>
  );
}
