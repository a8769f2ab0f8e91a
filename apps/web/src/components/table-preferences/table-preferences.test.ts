import { describe, expect, it } from 'vitest';
import {
  defaultTablePreferences,
  normalizeTablePreferences,
  recallTablePreferences,
  rememberTablePreferences,
  visibleColumnIds,
  type TablePreferencesConfig,
} from './table-preferences.js';

const CONFIG: TablePreferencesConfig = {
  tableId: 'things',
  columns: [
    { id: 'name', label: 'Name', visibleByDefault: true, alwaysVisible: true },
    { id: 'path', label: 'Path', visibleByDefault: false },
    { id: 'age', label: 'Age', visibleByDefault: true },
  ],
  pageSizes: [10, 50],
  defaultPageSize: 50,
};

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('table preferences', () => {
  it('starts from the default page size, wrapped lines and the columns shown by default', () => {
    const defaults = defaultTablePreferences(CONFIG);
    expect(defaults).toEqual({
      pageSize: 50,
      wrapLines: true,
      columnDisplay: [
        { id: 'name', visible: true },
        { id: 'path', visible: false },
        { id: 'age', visible: true },
      ],
    });
    expect(visibleColumnIds(defaults)).toEqual(['name', 'age']);
  });

  it('remembers a table’s choice under its own key, and reads it back', () => {
    const storage = memoryStorage();
    const chosen = {
      pageSize: 10,
      wrapLines: true,
      columnDisplay: [
        { id: 'age', visible: true },
        { id: 'name', visible: true },
        { id: 'path', visible: true },
      ],
    };
    rememberTablePreferences(storage, CONFIG, chosen);
    expect([...storage.items.keys()]).toEqual(['gatehouse.tablePreferences:things']);
    expect(recallTablePreferences(storage, CONFIG)).toEqual(chosen);
    expect(recallTablePreferences(storage, { ...CONFIG, tableId: 'others' })).toEqual(
      defaultTablePreferences(CONFIG),
    );
  });

  it('makes a stale or tampered entry fit the table: unknown columns out, new ones in, name always shown', () => {
    const stored = {
      pageSize: 33,
      wrapLines: 'yes',
      columnDisplay: [
        { id: 'gone', visible: true },
        { id: 'age', visible: false },
        { id: 'name', visible: false },
        7,
      ],
    };
    expect(normalizeTablePreferences(CONFIG, stored)).toEqual({
      pageSize: 50,
      wrapLines: true,
      columnDisplay: [
        { id: 'age', visible: false },
        { id: 'path', visible: false },
        { id: 'name', visible: true },
      ],
    });
  });

  it('reads corrupt JSON, a missing storage or a storage that throws as the defaults', () => {
    const storage = memoryStorage();
    storage.items.set('gatehouse.tablePreferences:things', '{not json');
    expect(recallTablePreferences(storage, CONFIG)).toEqual(defaultTablePreferences(CONFIG));
    expect(recallTablePreferences(undefined, CONFIG)).toEqual(defaultTablePreferences(CONFIG));
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(recallTablePreferences(throwing, CONFIG)).toEqual(defaultTablePreferences(CONFIG));
    expect(() => rememberTablePreferences(throwing, CONFIG, defaultTablePreferences(CONFIG))).not.toThrow();
  });
});
