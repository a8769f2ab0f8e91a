// AWS's "Preferences" dialog of a list: page size, line wrapping, and which columns show in what
// order. Loaded on demand by TablePreferencesButton (it brings drag and drop along).
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import { useEffect, useRef } from 'react';
import {
  normalizeTablePreferences,
  type TablePreferences,
  type TablePreferencesConfig,
} from './table-preferences.js';

export interface TablePreferencesProps {
  config: TablePreferencesConfig;
  preferences: TablePreferences;
  onChange: (preferences: TablePreferences) => void;
  /** Plural, for the page size options: "50 users". */
  itemsName: string;
}

/** The dialog's gear; `openOnMount` opens it at once (the user clicked before it had loaded). */
export function TablePreferencesDialog({
  config,
  preferences,
  onChange,
  itemsName,
  openOnMount,
}: TablePreferencesProps & { openOnMount: boolean }) {
  const trigger = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (openOnMount) trigger.current?.querySelector('button')?.click();
  }, [openOnMount]);
  return (
    <div ref={trigger}>
      <CollectionPreferences
        title="Preferences"
        confirmLabel="Confirm"
        cancelLabel="Cancel"
        closeAriaLabel="Close preferences"
        preferences={{
          pageSize: preferences.pageSize,
          wrapLines: preferences.wrapLines,
          contentDisplay: preferences.columnDisplay,
        }}
        onConfirm={({ detail }) =>
          onChange(
            normalizeTablePreferences(config, {
              pageSize: detail.pageSize,
              wrapLines: detail.wrapLines,
              columnDisplay: detail.contentDisplay,
            }),
          )
        }
        pageSizePreference={{
          title: 'Page size',
          options: config.pageSizes.map((n) => ({ value: n, label: `${n} ${itemsName}` })),
        }}
        wrapLinesPreference={{
          label: 'Wrap lines',
          description: 'Select to see all the text and wrap the lines',
        }}
        contentDisplayPreference={{
          title: 'Column preferences',
          description: 'Customize the columns visibility and order.',
          options: config.columns.map((c) => ({ id: c.id, label: c.label, alwaysVisible: c.alwaysVisible })),
          dragHandleAriaLabel: 'Drag handle',
          dragHandleAriaDescription:
            'Use Space or Enter to activate drag, arrow keys to move, Space or Enter to submit, or Escape to discard.',
          liveAnnouncementDndStarted: (position, total) =>
            `Picked up item at position ${position} of ${total}`,
          liveAnnouncementDndDiscarded: 'Reordering canceled',
          liveAnnouncementDndItemReordered: (from, to, total) =>
            from === to
              ? `Moving item back to position ${from} of ${total}`
              : `Moving item to position ${to} of ${total}`,
          liveAnnouncementDndItemCommitted: (from, to, total) =>
            from === to
              ? `Item moved back to its original position ${from} of ${total}`
              : `Item moved from position ${from} to position ${to} of ${total}`,
        }}
      />
    </div>
  );
}
