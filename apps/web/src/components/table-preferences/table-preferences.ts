// A list's table preferences as AWS's console keeps them: page size, which columns show and in
// what order, and line wrapping; kept in this browser's localStorage, one entry per table. Pure
// functions over a Storage, so they can be unit-tested; use-table-preferences.ts binds them to
// React and TablePreferencesButton shows them.
import type { TableProps } from '@cloudscape-design/components/table';

export interface TableColumnOption {
  /** The table column's `id`. */
  id: string;
  /** Its name in the preferences dialog (the column header). */
  label: string;
  /** Shown until the user chooses otherwise (AWS's default set). */
  visibleByDefault: boolean;
  /** Cannot be hidden (the row's name). */
  alwaysVisible?: boolean;
}

export interface TablePreferencesConfig {
  /** Names the localStorage entry: one per table. */
  tableId: string;
  /** In the default order. */
  columns: readonly TableColumnOption[];
  pageSizes: readonly number[];
  defaultPageSize: number;
}

export interface ColumnDisplay {
  id: string;
  visible: boolean;
}

export interface TablePreferences {
  pageSize: number;
  wrapLines: boolean;
  /** Every column of the table, in display order. */
  columnDisplay: ColumnDisplay[];
}

export const DEFAULT_PAGE_SIZES = [10, 25, 50, 100] as const;

const KEY_PREFIX = 'gatehouse.tablePreferences:';

export function defaultTablePreferences(config: TablePreferencesConfig): TablePreferences {
  return {
    pageSize: config.defaultPageSize,
    // Wrapped, so a list's columns fit the window (the last one was cut off at 1280 px).
    wrapLines: true,
    columnDisplay: config.columns.map((c) => ({
      id: c.id,
      visible: c.visibleByDefault || !!c.alwaysVisible,
    })),
  };
}

/**
 * Any value made into preferences this table can show: unknown columns dropped, columns added
 * since it was saved shown or not by default (at their default place), page sizes not offered
 * replaced by the default, a column that cannot be hidden shown.
 */
export function normalizeTablePreferences(config: TablePreferencesConfig, value: unknown): TablePreferences {
  const defaults = defaultTablePreferences(config);
  if (typeof value !== 'object' || value === null) return defaults;
  const { pageSize, wrapLines, columnDisplay } = value as Record<string, unknown>;
  return {
    pageSize:
      typeof pageSize === 'number' && config.pageSizes.includes(pageSize) ? pageSize : defaults.pageSize,
    wrapLines: typeof wrapLines === 'boolean' ? wrapLines : defaults.wrapLines,
    columnDisplay: Array.isArray(columnDisplay)
      ? mergeColumns(config, columnDisplay)
      : defaults.columnDisplay,
  };
}

function mergeColumns(config: TablePreferencesConfig, stored: unknown[]): ColumnDisplay[] {
  const byId = new Map(config.columns.map((c) => [c.id, c]));
  const out: ColumnDisplay[] = [];
  for (const item of stored) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, visible } = item as Record<string, unknown>;
    const column = typeof id === 'string' ? byId.get(id) : undefined;
    if (!column || out.some((c) => c.id === column.id)) continue;
    out.push({ id: column.id, visible: !!column.alwaysVisible || visible === true });
  }
  // Columns the stored order does not know go where the default order puts them.
  config.columns.forEach((column, index) => {
    if (out.some((c) => c.id === column.id)) return;
    const visible = column.visibleByDefault || !!column.alwaysVisible;
    out.splice(Math.min(index, out.length), 0, { id: column.id, visible });
  });
  return out;
}

export function recallTablePreferences(
  storage: Pick<Storage, 'getItem'> | undefined,
  config: TablePreferencesConfig,
): TablePreferences {
  try {
    const text = storage?.getItem(KEY_PREFIX + config.tableId);
    return normalizeTablePreferences(config, text ? JSON.parse(text) : undefined);
  } catch {
    // A corrupt entry (or storage that refuses to be read) is the defaults, never a broken list.
    return defaultTablePreferences(config);
  }
}

export function rememberTablePreferences(
  storage: Pick<Storage, 'setItem'> | undefined,
  config: TablePreferencesConfig,
  preferences: TablePreferences,
): void {
  try {
    storage?.setItem(KEY_PREFIX + config.tableId, JSON.stringify(preferences));
  } catch {
    // Full or disabled storage: the choice holds for this visit only.
  }
}

export function visibleColumnIds(preferences: TablePreferences): string[] {
  return preferences.columnDisplay.filter((c) => c.visible).map((c) => c.id);
}

/** A column's definition less what the preferences config names (its id and header). */
export type ColumnCell<T> = Omit<TableProps.ColumnDefinition<T>, 'id' | 'header'>;

/** The table's column definitions in the config's order, headed by the config's labels. */
export function columnDefinitions<T>(
  config: TablePreferencesConfig,
  cells: Record<string, ColumnCell<T>>,
): TableProps.ColumnDefinition<T>[] {
  return config.columns.map((column) => {
    const cell = cells[column.id];
    if (!cell) throw new Error(`table ${config.tableId} has no cell for column ${column.id}`);
    return { id: column.id, header: column.label, ...cell };
  });
}

/** What a Table takes from the preferences (its page size goes to the list request). */
export function tablePreferenceProps(
  preferences: TablePreferences,
): Pick<TableProps, 'columnDisplay' | 'wrapLines'> {
  return { columnDisplay: preferences.columnDisplay, wrapLines: preferences.wrapLines };
}

/** The browser's localStorage, or nothing where there is none (tests, a locked-down browser). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
