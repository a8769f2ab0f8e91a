// Pick several entities of one kind by name (users, user groups, roles): the selection is a list
// of names that survives paging and filtering, and entities that cannot be picked (already
// members, already attached) are shown, disabled, with why.
import Header from '@cloudscape-design/components/header';
import type { TableProps } from '@cloudscape-design/components/table';
import { PickerTable, selectedCounter, type PickerNouns } from './picker-table.js';
import type { PickerPage } from './use-picker-page.js';

/** What the users of a name picker choose. */
export interface NamePickerProps {
  selected: string[];
  onChange: (names: string[]) => void;
  /** Entities that cannot be picked: shown with `unavailableText` (default: already added). */
  unavailable?: string[];
  unavailableText?: string;
  /** Default: the kind's title (`Users`). */
  header?: string;
}

/** One kind of named entity, as its picker shows it. */
export interface NamedKind<T> {
  nouns: PickerNouns;
  nameOf: (item: T) => string;
  nameHeader: string;
  /** The columns after the name. */
  columns: TableProps.ColumnDefinition<T>[];
}

interface EntityNamePickerProps<T> extends NamePickerProps {
  page: PickerPage<T>;
  kind: NamedKind<T>;
}

export function NamePicker<T>({
  page,
  kind: { nouns, nameOf, nameHeader, columns },
  selected,
  onChange,
  unavailable = [],
  unavailableText = 'already added',
  header = nouns.title,
}: EntityNamePickerProps<T>) {
  const { items } = page;

  function onSelectionChange(visibleSelected: readonly T[]) {
    const visible = new Set(items.map(nameOf));
    onChange([...selected.filter((n) => !visible.has(n)), ...visibleSelected.map(nameOf)]);
  }

  return (
    <PickerTable<T>
      page={page}
      nouns={nouns}
      emptyText={`There are no ${nouns.plural} in this account yet.`}
      tableLabel={header}
      itemName={nameOf}
      trackBy={nameOf}
      selectionType="multi"
      selectedItems={items.filter((item) => selected.includes(nameOf(item)))}
      isItemDisabled={(item) => unavailable.includes(nameOf(item))}
      onSelectionChange={({ detail }) => onSelectionChange(detail.selectedItems)}
      header={<Header counter={selectedCounter(selected.length)}>{header}</Header>}
      columnDefinitions={[
        {
          id: 'name',
          header: nameHeader,
          isRowHeader: true,
          cell: (item) =>
            unavailable.includes(nameOf(item)) ? `${nameOf(item)} (${unavailableText})` : nameOf(item),
        },
        ...columns,
      ]}
    />
  );
}
