// The gear at the top right of a list that opens its Preferences. One component for every list,
// configured by its columns. The dialog (with its drag and drop) is not part of the page's first
// download: it starts loading when the pointer or focus comes to the gear, and opens once loaded
// if the gear was clicked.
import Button from '@cloudscape-design/components/button';
import { lazy, Suspense, useState } from 'react';
import type { TablePreferencesProps } from './table-preferences-dialog.js';

const loadDialog = () => import('./table-preferences-dialog.js');
const TablePreferencesDialog = lazy(() => loadDialog().then((m) => ({ default: m.TablePreferencesDialog })));

export function TablePreferencesButton(props: TablePreferencesProps) {
  const [clicked, setClicked] = useState(false);
  const gear = (
    <Button
      variant="icon"
      iconName="settings"
      ariaLabel="Preferences"
      onClick={() => setClicked(true)}
      nativeButtonAttributes={{ onPointerEnter: () => void loadDialog(), onFocus: () => void loadDialog() }}
    />
  );
  if (!clicked) return gear;
  return (
    <Suspense fallback={gear}>
      <TablePreferencesDialog {...props} openOnMount />
    </Suspense>
  );
}
