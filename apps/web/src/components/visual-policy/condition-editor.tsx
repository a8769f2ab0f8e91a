// The statement's conditions, one row per `operator → key → values` entry: a key picker (keys of
// the chosen actions and their resource types, then global keys, each with its type), an operator
// list that fits the key's type, one or more values, and Remove. A row just added says nothing
// about its empty fields until the user has been in them (or edits another field of the row).
import { findConditionKey, type ConditionKeyType } from '@gatehouse/catalog';
import Autosuggest, { type AutosuggestProps } from '@cloudscape-design/components/autosuggest';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { memo, useState } from 'react';
import { CardSection } from './card-section.js';
import { conditionRowProblems, operatorOptions, valueHint, valueRows } from './condition-fields.js';
import { newCondition, type ConditionKeyChoice, type VisualCondition } from './model/index.js';

interface ConditionEditorProps {
  conditions: VisualCondition[];
  /** Undefined while the catalog loads. */
  keyChoices?: ConditionKeyChoice[];
  onChange: (conditions: VisualCondition[]) => void;
  readOnly: boolean;
}

const SCOPE_LABELS: Record<ConditionKeyChoice['scope'], string> = {
  action: 'Keys of the chosen actions',
  resource: 'Keys of their resource types',
  global: 'Global keys',
};

function keyOptions(choices: ConditionKeyChoice[]): AutosuggestProps.OptionGroup[] {
  return (['action', 'resource', 'global'] as const)
    .map((scope) => ({
      label: SCOPE_LABELS[scope],
      options: choices
        .filter((c) => c.scope === scope)
        .map((c) => ({ value: c.key, tags: [c.type], description: c.description })),
    }))
    .filter((group) => group.options.length > 0);
}

export const ConditionEditor = memo(function ConditionEditor({
  conditions,
  keyChoices,
  onChange,
  readOnly,
}: ConditionEditorProps) {
  const options = keyChoices ? keyOptions(keyChoices) : [];
  // Rows added here and not yet touched: their empty fields are not errors yet.
  const [added, setAdded] = useState<ReadonlySet<string>>(() => new Set());
  const update = (i: number, next: VisualCondition) =>
    onChange(conditions.map((c, j) => (j === i ? next : c)));
  return (
    <CardSection
      title="Conditions"
      description="Optional: the statement applies only when every condition holds."
    >
      <SpaceBetween size="m">
        {conditions.map((condition, i) => (
          <ConditionRow
            key={condition.key}
            index={i}
            condition={condition}
            options={options}
            keyChoices={keyChoices}
            fresh={added.has(condition.key)}
            onChange={(next) => update(i, next)}
            onRemove={() => onChange(conditions.filter((_, j) => j !== i))}
            readOnly={readOnly}
          />
        ))}
        {readOnly ? null : (
          <Button
            iconName="add-plus"
            onClick={() => {
              const row = newCondition();
              setAdded((keys) => new Set([...keys, row.key]));
              onChange([...conditions, row]);
            }}
          >
            Add condition
          </Button>
        )}
      </SpaceBetween>
    </CardSection>
  );
});

function typeOf(key: string, choices: ConditionKeyChoice[] | undefined): ConditionKeyType | undefined {
  return key && choices ? findConditionKey(key, choices)?.type : undefined;
}

function ConditionRow(props: {
  index: number;
  condition: VisualCondition;
  options: AutosuggestProps.OptionGroup[];
  keyChoices?: ConditionKeyChoice[];
  /** Just added: a field shows its problem only once it has been left or the row edited. */
  fresh: boolean;
  onChange: (next: VisualCondition) => void;
  onRemove: () => void;
  readOnly: boolean;
}) {
  const { condition, keyChoices, readOnly } = props;
  const type = typeOf(condition.conditionKey, keyChoices);
  const [touched, setTouched] = useState({ key: !props.fresh, operator: !props.fresh, values: !props.fresh });
  const touch = (field: keyof typeof touched) => setTouched((t) => (t[field] ? t : { ...t, [field]: true }));
  const onChange = (next: VisualCondition) => {
    if (next.conditionKey !== condition.conditionKey) touch('key');
    if (next.operator !== condition.operator) touch('operator');
    if (next.values !== condition.values) touch('values');
    props.onChange(next);
  };
  const all = conditionRowProblems(condition, type);
  const problems = {
    conditionKey: touched.key ? all.conditionKey : undefined,
    operator: touched.operator ? all.operator : undefined,
    values: touched.values ? all.values : undefined,
  };
  const operators = operatorOptions(type, condition.operator);
  const rows = valueRows(condition.values);
  const setValue = (i: number, value: string) => {
    const next = rows.map((v, j) => (j === i ? value : v));
    onChange({ ...condition, values: next.length === 1 && next[0] === '' ? [] : next });
  };
  const chooseKey = (conditionKey: string) => {
    // A first key picks the first operator that fits it, so the row is usable at once.
    const fits = operatorOptions(typeOf(conditionKey, keyChoices), '');
    onChange({ ...condition, conditionKey, operator: condition.operator || (fits[0]?.value ?? '') });
  };
  return (
    <div role="group" aria-label={`Condition ${props.index + 1}`}>
      <ColumnLayout columns={3}>
        <FormField
          label="Condition key"
          description={type ? `Type: ${type}` : undefined}
          errorText={problems.conditionKey}
        >
          <Autosuggest
            value={condition.conditionKey}
            onChange={({ detail }) => onChange({ ...condition, conditionKey: detail.value })}
            onSelect={({ detail }) => chooseKey(detail.value)}
            onBlur={() => touch('key')}
            options={props.options}
            statusType={keyChoices ? 'finished' : 'loading'}
            loadingText="Loading condition keys"
            enteredTextLabel={(value) => `Use "${value}"`}
            placeholder="aws:SourceIp"
            empty="No matching key: type the full key name"
            readOnly={readOnly}
            virtualScroll
          />
        </FormField>
        <FormField label="Operator" errorText={problems.operator}>
          <Select
            selectedOption={operators.find((o) => o.value === condition.operator) ?? null}
            onChange={({ detail }) => onChange({ ...condition, operator: detail.selectedOption.value ?? '' })}
            options={operators}
            filteringType="auto"
            placeholder="Choose an operator"
            onBlur={() => touch('operator')}
            readOnly={readOnly}
          />
        </FormField>
        <FormField
          label="Value"
          description={valueHint(condition.operator, type)}
          errorText={problems.values}
        >
          <SpaceBetween size="xs">
            {rows.map((value, i) => (
              <SpaceBetween key={i} direction="horizontal" size="xs">
                <Input
                  value={value}
                  onChange={({ detail }) => setValue(i, detail.value)}
                  onBlur={() => touch('values')}
                  readOnly={readOnly}
                />
                {rows.length > 1 && !readOnly ? (
                  <Button
                    variant="icon"
                    iconName="close"
                    ariaLabel={`Remove value ${i + 1}`}
                    onClick={() => onChange({ ...condition, values: rows.filter((_, j) => j !== i) })}
                  />
                ) : null}
              </SpaceBetween>
            ))}
            {readOnly ? null : (
              <Box>
                <Button
                  variant="inline-link"
                  disabled={condition.values.length === 0}
                  onClick={() => onChange({ ...condition, values: [...rows, ''] })}
                >
                  Add value
                </Button>
              </Box>
            )}
          </SpaceBetween>
        </FormField>
      </ColumnLayout>
      {readOnly ? null : (
        <Box padding={{ top: 'xs' }}>
          <Button onClick={props.onRemove} ariaLabel={`Remove condition ${props.index + 1}`}>
            Remove condition
          </Button>
        </Box>
      )}
    </div>
  );
}
