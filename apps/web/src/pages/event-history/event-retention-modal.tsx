// "Event history settings": how many days the account's events are kept (7 to 3,653), or the
// deployment's default. Older events are purged in the background within the hour.
import type { EventRetentionResponse } from '@gatehouse/contracts/event-retention';
import { SettingModal } from '../../components/setting-modal/setting-modal.js';
import { putEventRetention } from './event-history-api.js';

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
  return (
    <SettingModal
      header="Event history settings"
      withDefault={{
        label: 'Retention period',
        description:
          'Events older than this are deleted for good, in the background. Shortening it deletes older events within the hour.',
        defaultLabel: `Deployment default (${current.defaultDays} days)`,
        customLabel: 'Custom retention period',
        isDefault: !current.custom,
      }}
      label="Days to keep events"
      description="From 7 to 3,653 days (ten years)."
      controlId="event-retention-days"
      kind="number"
      initialValue={String(current.retentionDays)}
      field="retentionDays"
      problem={retentionProblem}
      save={(days) => putEventRetention({ retentionDays: days === null ? null : Number(days) })}
      resource="eventHistory"
      successMessage={(saved) => `Events are now kept for ${saved.retentionDays} days.`}
      errorHeader="The settings could not be saved"
      onDismiss={onDismiss}
    />
  );
}
