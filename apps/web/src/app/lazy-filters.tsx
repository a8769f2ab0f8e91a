// The console's filter controls that weigh the most (property filter ~15 KB gzip, date range
// picker with its calendar and date library ~25 KB), loaded as their own chunks: a list page
// renders its table and first rows without waiting for them, and the control appears a moment
// later in a placeholder of its own height (so nothing below it moves). Same props as
// Cloudscape's components; import the prop types from Cloudscape as usual.
import type { DateRangePickerProps } from '@cloudscape-design/components/date-range-picker';
import type { PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import { lazy, Suspense } from 'react';

const CloudscapePropertyFilter = lazy(() => import('@cloudscape-design/components/property-filter'));
const CloudscapeDateRangePicker = lazy(() => import('@cloudscape-design/components/date-range-picker'));

/** The height of a Cloudscape input in the visual-refresh design. */
function ControlPlaceholder({ label, grow }: { label: string; grow?: boolean }) {
  return (
    <div
      aria-busy="true"
      aria-label={label}
      style={{ minHeight: 32, minWidth: grow ? 280 : 240, flexGrow: grow ? 1 : 0 }}
    />
  );
}

export function PropertyFilter(props: PropertyFilterProps) {
  return (
    <Suspense fallback={<ControlPlaceholder label={props.filteringAriaLabel ?? 'Filter'} grow />}>
      <CloudscapePropertyFilter {...props} />
    </Suspense>
  );
}

export function DateRangePicker(props: DateRangePickerProps) {
  return (
    <Suspense fallback={<ControlPlaceholder label={props.placeholder ?? 'Date range'} />}>
      <CloudscapeDateRangePicker {...props} />
    </Suspense>
  );
}
