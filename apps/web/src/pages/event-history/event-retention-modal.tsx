// "Event history settings": how many days the account's events are kept (7 to 3,653), or the
// deployment's default. Older events are purged in the background within the hour.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { EventRetentionResponse } from '@gatehouse/contracts/event-retention';
import { fieldErrorFor } from '../../api/api-error.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { eventKeys, eventRetentionKey, putEventRetention } from './event-history-api.js';

/** The form's rule, the same as the server's: a whole number of days from 7 to 3,653. */
export function retentionProblem(text: string): string | undefined {
  if (!/^\d+$/.test(text.trim())) return 'Enter a whole number of days.';
  const days = Number(text.trim());
  if (days < 7) return 'Events are kept at least 7 days.';
  if (days > 3653) return 'Events are kept at most 3,653 days (ten years).';
  return undefined;
}

export function EventRetentionModal({
  current,
  onDismiss,
}: {
  current: EventRetentionResponse;
  onDismiss: () => void;
}) {
  const [mode, setMode] = useState(current.custom ? 'custom' : 'default');
  const [days, setDays] = useState(String(current.retentionDays));
  const [problem, setProblem] = useState<string>();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const save = useMutation({
    mutationFn: putEventRetention,
    onSuccess: async (saved) => {
      queryClient.setQueryData(eventRetentionKey, saved);
      await queryClient.invalidateQueries({ queryKey: eventKeys.all });
      notify({ type: 'success', content: `Events are now kept for ${saved.retentionDays} days.` });
      onDismiss();
    },
  });
  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (mode === 'default') return save.mutate({ retentionDays: null });
    const invalid = retentionProblem(days);
    setProblem(invalid);
    if (!invalid) save.mutate({ retentionDays: Number(days.trim()) });
  }
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header="Event history settings"
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
            label="Retention period"
            description="Events older than this are deleted for good, in the background. Shortening it deletes older events within the hour."
          >
            <RadioGroup
              value={mode}
              onChange={({ detail }) => setMode(detail.value)}
              items={[
                { value: 'default', label: `Deployment default (${current.defaultDays} days)` },
                { value: 'custom', label: 'Custom retention period' },
              ]}
            />
          </FormField>
          {mode === 'custom' ? (
            <FormField
              label="Days to keep events"
              description="From 7 to 3,653 days (ten years)."
              controlId="event-retention-days"
              errorText={problem ?? fieldErrorFor(save.error, 'retentionDays')}
            >
              <Input
                controlId="event-retention-days"
                type="number"
                inputMode="numeric"
                value={days}
                onChange={({ detail }) => setDays(detail.value)}
              />
            </FormField>
          ) : null}
          {save.error && !fieldErrorFor(save.error, 'retentionDays') ? (
            <ErrorPanel error={save.error} header="The settings could not be saved" />
          ) : null}
        </SpaceBetween>
      </form>
    </Modal>
  );
}
