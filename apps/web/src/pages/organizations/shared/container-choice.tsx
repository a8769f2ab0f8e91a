// A choice of one place in the organization (the root or an OU), shown as the tree it is: each
// option's label is its path, e.g. `Root/workloads`, so nested OUs of the same name stay apart.
import RadioGroup from '@cloudscape-design/components/radio-group';
import type { ContainerOption } from '../org-tree.js';

interface ContainerChoiceProps {
  options: readonly ContainerOption[];
  /** Paths by id (`Root/workloads`). */
  paths: ReadonlyMap<string, string>;
  value: string | null;
  onChange: (id: string) => void;
  ariaLabel: string;
}

export function ContainerChoice({ options, paths, value, onChange, ariaLabel }: ContainerChoiceProps) {
  return (
    <RadioGroup
      ariaLabel={ariaLabel}
      value={value}
      onChange={({ detail }) => onChange(detail.value)}
      items={options.map((option) => ({
        value: option.id,
        label: paths.get(option.id) ?? option.name,
        description: option.id,
      }))}
    />
  );
}
