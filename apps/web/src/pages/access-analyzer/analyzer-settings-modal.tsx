// "Analyzer settings": the unused-access window (AWS's unusedAccessAge, 1 to 365 days). Saving
// starts a new analysis.
import type { AnalysisStatus } from '@gatehouse/contracts/access-analyzer';
import { updateAnalyzer } from '../../api/access-analyzer-api.js';
import { SettingModal } from '../../components/setting-modal/setting-modal.js';

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
  return (
    <SettingModal
      header="Analyzer settings"
      label="Unused access age"
      description="Roles, passwords, access keys and permissions not used for this many days are reported as unused. From 1 to 365 days."
      controlId="unused-access-age"
      kind="number"
      initialValue={String(current.unusedAccessAge)}
      field="unusedAccessAge"
      problem={unusedAgeProblem}
      save={(days) => updateAnalyzer(Number(days))}
      resource="accessAnalyzer"
      successMessage={(saved) => `Access unused for ${saved.unusedAccessAge} days is now reported.`}
      errorHeader="The settings could not be saved"
      onDismiss={onDismiss}
    />
  );
}
