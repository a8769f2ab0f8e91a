// Request context keys as key/value rows; the common ones offered first.
import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Input from '@cloudscape-design/components/input';
import type { ContextRow } from '../../api/simulator-request.js';

const SUGGESTED = [
  'aws:SourceIp',
  'aws:MultiFactorAuthPresent',
  'aws:MultiFactorAuthAge',
  'aws:CurrentTime',
  'aws:SecureTransport',
  'aws:PrincipalTag/',
  'aws:RequestTag/',
  'aws:ResourceTag/',
  'aws:TagKeys',
].map((value) => ({ value }));

export function ContextRows(props: {
  rows: ContextRow[];
  errors: Record<number, string>;
  onChange: (rows: ContextRow[]) => void;
}) {
  const set = (i: number, patch: Partial<ContextRow>) =>
    props.onChange(props.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <AttributeEditor
      items={props.rows}
      addButtonText="Add context key"
      removeButtonText="Remove"
      onAddButtonClick={() => props.onChange([...props.rows, { key: '', value: '' }])}
      onRemoveButtonClick={({ detail }) =>
        props.onChange(props.rows.filter((_, j) => j !== detail.itemIndex))
      }
      empty="No context keys: conditions on them will not match."
      definition={[
        {
          label: 'Context key',
          control: (row, i) => (
            <Autosuggest
              value={row.key}
              options={SUGGESTED}
              onChange={({ detail }) => set(i, { key: detail.value })}
              placeholder="aws:SourceIp"
              ariaLabel={`Context key ${i + 1}`}
              clearAriaLabel={`Clear context key ${i + 1}`}
              enteredTextLabel={(v) => `Use "${v}"`}
            />
          ),
          errorText: (_row, i) => props.errors[i],
        },
        {
          label: 'Value',
          control: (row, i) => (
            <Input
              value={row.value}
              onChange={({ detail }) => set(i, { value: detail.value })}
              ariaLabel={`Context value ${i + 1}`}
            />
          ),
        },
      ]}
    />
  );
}
