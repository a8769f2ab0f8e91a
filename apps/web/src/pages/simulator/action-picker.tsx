// Services from the catalog index, then the chosen service's actions grouped by access level.
import { actionsByAccessLevel } from '@gatehouse/catalog';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { catalogIndexQuery, catalogServiceQuery } from '../../api/catalog-api.js';
import { ErrorPanel } from '../../components/error-panel.js';

export function ActionPicker(props: { selected: string[]; onChange: (actions: string[]) => void }) {
  const index = useQuery(catalogIndexQuery());
  const [prefix, setPrefix] = useState<string | undefined>();
  const service = useQuery({
    ...catalogServiceQuery(index.data?.base ?? '', prefix ?? ''),
    enabled: !!index.data && !!prefix,
  });
  const selected = new Set(props.selected);
  const setMany = (names: string[], on: boolean) => {
    const next = new Set(selected);
    for (const n of names) {
      if (on) next.add(n);
      else next.delete(n);
    }
    props.onChange([...next]);
  };
  if (index.error) return <ErrorPanel error={index.error} header="The service catalog could not be loaded" />;
  const options = (index.data?.services ?? []).map((s) => ({
    value: s.prefix,
    label: `${s.name} (${s.prefix})`,
  }));
  return (
    <SpaceBetween size="s">
      <FormField label="Service">
        <Select
          selectedOption={options.find((o) => o.value === prefix) ?? null}
          onChange={({ detail }) => setPrefix(detail.selectedOption.value)}
          options={options}
          filteringType="auto"
          filteringAriaLabel="Find a service"
          placeholder="Choose a service"
          statusType={index.isLoading ? 'loading' : 'finished'}
        />
      </FormField>
      {prefix && service.isLoading ? <Spinner /> : null}
      {service.data ? (
        <SpaceBetween size="xs">
          <Button
            onClick={() =>
              setMany(
                service.data.actions.map((a) => `${prefix}:${a.name}`),
                true,
              )
            }
          >
            Select all {service.data.actions.length} actions
          </Button>
          {actionsByAccessLevel(service.data)
            .filter((g) => g.actions.length > 0)
            .map((group) => {
              const names = group.actions.map((a) => `${prefix}:${a.name}`);
              const count = names.filter((n) => selected.has(n)).length;
              return (
                <ExpandableSection
                  key={group.accessLevel}
                  headerText={`${group.accessLevel} (${count}/${names.length} selected)`}
                  headerActions={
                    <Button variant="inline-link" onClick={() => setMany(names, count < names.length)}>
                      {count < names.length ? 'Select all' : 'Clear'}
                    </Button>
                  }
                >
                  <ColumnLayout columns={3}>
                    {group.actions.map((a) => (
                      <Checkbox
                        key={a.name}
                        checked={selected.has(`${prefix}:${a.name}`)}
                        onChange={({ detail }) => setMany([`${prefix}:${a.name}`], detail.checked)}
                      >
                        {a.name}
                      </Checkbox>
                    ))}
                  </ColumnLayout>
                </ExpandableSection>
              );
            })}
        </SpaceBetween>
      ) : null}
    </SpaceBetween>
  );
}
