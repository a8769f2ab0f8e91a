// The statement's service: a searchable list of the catalog's services (name and prefix), plus
// "All services" for `"Action": "*"`. A prefix the catalog does not know stays shown as written.
// The search ranks what was typed (`rankServices`): "EC2" lists Amazon EC2 first.
import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import { useMemo, useState } from 'react';
import type { CatalogIndexResponse } from '../../api/catalog-api.js';
import { rankServices } from './rank-services.js';

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
  const [filter, setFilter] = useState('');
  const options: SelectProps.Option[] = useMemo(
    () => [
      { value: ALL_SERVICES, label: 'All services', description: 'Every action of every service (*)' },
      ...(index?.services ?? []).map((s) => ({
        value: s.prefix,
        label: s.name,
        labelTag: s.prefix,
        tags: [`${s.actionCount} actions`],
      })),
    ],
    [index],
  );
  const shown = useMemo(() => {
    if (filter.trim() === '') return options;
    const ranked = rankServices(index?.services ?? [], filter);
    const byPrefix = new Map(options.map((o) => [o.value, o]));
    const all = 'all services'.includes(filter.trim().toLowerCase()) ? [options[0]!] : [];
    return [...all, ...ranked.flatMap((s) => byPrefix.get(s.prefix) ?? [])];
  }, [filter, index, options]);
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
        options={shown}
        filteringType="manual"
        onLoadItems={({ detail }) => setFilter(detail.filteringText)}
        empty="No service matches"
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
