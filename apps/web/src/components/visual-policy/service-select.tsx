// The statement's service: a searchable list of the catalog's services (name and prefix), plus
// "All services" for `"Action": "*"`. A prefix the catalog does not know stays shown as written.
import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import type { CatalogIndexResponse } from '../../api/catalog-api.js';

export const ALL_SERVICES = '*';

interface ServiceSelectProps {
  index?: CatalogIndexResponse;
  loading: boolean;
  value?: string;
  onChange: (prefix: string) => void;
  readOnly: boolean;
  errorText?: string;
}

export function ServiceSelect({ index, loading, value, onChange, readOnly, errorText }: ServiceSelectProps) {
  const options: SelectProps.Option[] = [
    { value: ALL_SERVICES, label: 'All services', description: 'Every action of every service (*)' },
    ...(index?.services ?? []).map((s) => ({
      value: s.prefix,
      label: s.name,
      labelTag: s.prefix,
      tags: [`${s.actionCount} actions`],
    })),
  ];
  const lower = value?.toLowerCase();
  const selected =
    value === undefined
      ? null
      : (options.find((o) => o.value === lower) ?? {
          value,
          label: value,
          description: 'Not in the catalog',
        });
  return (
    <FormField label="Service" errorText={errorText}>
      <Select
        selectedOption={selected}
        onChange={({ detail }) => onChange(detail.selectedOption.value ?? '')}
        options={options}
        filteringType="auto"
        filteringPlaceholder="Find a service by name or prefix"
        filteringAriaLabel="Find a service"
        placeholder="Choose a service"
        statusType={loading ? 'loading' : 'finished'}
        loadingText="Loading services"
        disabled={readOnly}
        virtualScroll
      />
    </FormField>
  );
}
