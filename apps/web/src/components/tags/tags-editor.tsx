// Key/value tag rows (up to 50), used by the create-user wizard and the Tags tabs.
import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Input from '@cloudscape-design/components/input';
import type { Tag } from '../../api/types.js';
import { validateTagKey, validateTagValue } from '../validation/iam-names.js';

interface TagsEditorProps {
  tags: Tag[];
  onChange: (tags: Tag[]) => void;
  /** Show per-row problems (after the user tried to continue). */
  showErrors?: boolean;
}

export function TagsEditor({ tags, onChange, showErrors = false }: TagsEditorProps) {
  const update = (index: number, patch: Partial<Tag>) =>
    onChange(tags.map((tag, i) => (i === index ? { ...tag, ...patch } : tag)));
  const duplicates = new Set(tags.map((t) => t.key).filter((key, i, all) => all.indexOf(key) !== i));
  return (
    <AttributeEditor
      items={tags}
      addButtonText="Add new tag"
      removeButtonText="Remove"
      onAddButtonClick={() => onChange([...tags, { key: '', value: '' }])}
      onRemoveButtonClick={({ detail }) => onChange(tags.filter((_, i) => i !== detail.itemIndex))}
      disableAddButton={tags.length >= 50}
      additionalInfo={`You can add ${50 - tags.length} more ${50 - tags.length === 1 ? 'tag' : 'tags'}.`}
      empty="No tags associated with the resource."
      removeButtonAriaLabel={(tag) => `Remove tag ${tag.key}`}
      definition={[
        {
          label: 'Key',
          control: (tag, index) => (
            <Input
              value={tag.key}
              ariaLabel={`Tag key ${index + 1}`}
              onChange={({ detail }) => update(index, { key: detail.value })}
            />
          ),
          errorText: (tag) =>
            showErrors
              ? (validateTagKey(tag.key) ?? (duplicates.has(tag.key) ? 'This key is used twice.' : undefined))
              : undefined,
        },
        {
          label: 'Value - optional',
          control: (tag, index) => (
            <Input
              value={tag.value}
              ariaLabel={`Tag value ${index + 1}`}
              onChange={({ detail }) => update(index, { value: detail.value })}
            />
          ),
          errorText: (tag) => (showErrors ? validateTagValue(tag.value) : undefined),
        },
      ]}
    />
  );
}

/** True when every row would pass the editor's checks. */
export function tagsAreValid(tags: readonly Tag[]): boolean {
  const keys = tags.map((t) => t.key);
  return (
    tags.length <= 50 &&
    new Set(keys).size === keys.length &&
    tags.every((t) => !validateTagKey(t.key) && !validateTagValue(t.value))
  );
}
