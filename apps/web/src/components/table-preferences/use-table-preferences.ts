import { useCallback, useState } from 'react';
import {
  browserStorage,
  recallTablePreferences,
  rememberTablePreferences,
  type TablePreferences,
  type TablePreferencesConfig,
} from './table-preferences.js';

/** A table's preferences, read from this browser once and written back on every change. */
export function useTablePreferences(
  config: TablePreferencesConfig,
): [TablePreferences, (next: TablePreferences) => void] {
  const [preferences, setPreferences] = useState(() => recallTablePreferences(browserStorage(), config));
  const update = useCallback(
    (next: TablePreferences) => {
      rememberTablePreferences(browserStorage(), config, next);
      setPreferences(next);
    },
    [config],
  );
  return [preferences, update];
}
