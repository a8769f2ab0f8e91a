// The statement's resources: "All resources" (`*`), or ARNs built per resource type from its ARN
// format (each part filled in or left as "Any"), or typed by hand. When the chosen actions take
// no resource type, the only resource is `*` and the builder says so.
import { matchArnTemplate } from '@gatehouse/catalog';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TokenGroup from '@cloudscape-design/components/token-group';
import { memo, useState } from 'react';
import { CardSection } from './card-section.js';
import { arnFieldProblems, arnFields, buildArn, typedArnProblem, type ArnFieldState } from './arn-fields.js';
import type { ResourceTypeChoice, VisualStatement } from './model/index.js';

type ResourcePatch = Partial<Pick<VisualStatement, 'resources' | 'resourceElement'>>;

interface ResourceBuilderProps {
  /**
   * The resource types the chosen actions take; undefined when not known (no catalog entry for
   * the service, or no actions chosen yet).
   */
  resourceTypes?: ResourceTypeChoice[];
  /** True when the chosen actions take no resource type: `*` is the only resource. */
  starOnly: boolean;
  resources: string[];
  resourceElement: VisualStatement['resourceElement'];
  onChange: (patch: ResourcePatch) => void;
  readOnly: boolean;
  problem?: string;
}

const isAll = (resources: string[]) => resources.length === 1 && resources[0] === '*';

/** Memoised, like the action picker: typing elsewhere on the card does not re-render it. */
export const ResourceBuilder = memo(function ResourceBuilder(props: ResourceBuilderProps) {
  const { resourceTypes, resources, resourceElement, onChange, readOnly } = props;
  const all = isAll(resources);
  const noTypes = props.starOnly;
  const except = resourceElement === 'NotResource';
  return (
    <CardSection
      title="Resources"
      description={
        except
          ? 'The statement applies to every resource except the ones listed here (NotResource).'
          : 'The resources the statement applies to.'
      }
      problem={props.problem}
    >
      <SpaceBetween size="s">
        <SegmentedControl
          label="Which resources"
          selectedId={resourceElement}
          onChange={({ detail }) =>
            onChange({ resourceElement: detail.selectedId as VisualStatement['resourceElement'] })
          }
          options={[
            { id: 'Resource', text: 'Listed resources', disabled: readOnly },
            { id: 'NotResource', text: 'All resources except listed', disabled: readOnly },
          ]}
        />
        {noTypes && !except ? (
          <Box color="text-body-secondary" data-testid="no-resource-types">
            The chosen actions take no resource type: they apply to all resources (*).
          </Box>
        ) : null}
        <Checkbox
          checked={all}
          onChange={({ detail }) =>
            onChange({ resources: detail.checked ? ['*'] : resources.filter((r) => r !== '*') })
          }
          readOnly={readOnly}
          description="Writes *: every resource, including ones created later."
        >
          All resources
        </Checkbox>
        {all ? null : (
          <SpaceBetween size="s">
            {resources.length ? (
              <TokenGroup
                items={resources.map((arn) => ({
                  label: arn,
                  description: describeArn(arn, resourceTypes),
                  dismissLabel: `Remove ${arn}`,
                }))}
                onDismiss={({ detail }) =>
                  onChange({ resources: resources.filter((_, i) => i !== detail.itemIndex) })
                }
                readOnly={readOnly}
              />
            ) : (
              <Box color="text-body-secondary">No resources yet: add ARNs below or choose All resources.</Box>
            )}
            {readOnly || noTypes ? null : (
              <SpaceBetween size="s">
                {(resourceTypes ?? []).map((type, i, types) => (
                  <ArnForm
                    key={type.name}
                    type={type}
                    defaultExpanded={type.required || i === 0 || types.length <= 2}
                    onAdd={(arn) => onChange({ resources: addResource(resources, arn) })}
                  />
                ))}
                <TypedArn onAdd={(arn) => onChange({ resources: addResource(resources, arn) })} />
              </SpaceBetween>
            )}
          </SpaceBetween>
        )}
      </SpaceBetween>
    </CardSection>
  );
});

function addResource(resources: string[], arn: string): string[] {
  return resources.includes(arn) ? resources : [...resources.filter((r) => r !== '*'), arn];
}

/** Which resource type an added ARN has, when the catalog can tell. */
function describeArn(arn: string, types: ResourceTypeChoice[] | undefined): string | undefined {
  const type = types?.find((t) => matchArnTemplate(t.arnFormat.replace('${Partition}', 'aws'), arn));
  return type ? `Resource type ${type.name}` : undefined;
}

/** The fields of one resource type's ARN format, and its "Add ARN" button. */
function ArnForm(props: {
  type: ResourceTypeChoice;
  defaultExpanded: boolean;
  onAdd: (arn: string) => void;
}) {
  const { type, onAdd } = props;
  const [state, setState] = useState<ArnFieldState>({ values: {}, any: {} });
  const [showErrors, setShowErrors] = useState(false);
  const fields = arnFields(type.arnFormat);
  const problems = arnFieldProblems(type.arnFormat, state);
  const arn = buildArn(type.arnFormat, state);
  const add = () => {
    if (Object.keys(problems).length > 0) {
      setShowErrors(true);
      return;
    }
    onAdd(arn);
    setState({ values: {}, any: {} });
    setShowErrors(false);
  };
  return (
    <div role="group" aria-label={`Resource type ${type.name}`}>
      <ExpandableSection
        variant="footer"
        defaultExpanded={props.defaultExpanded}
        headerText={`${type.name} ARN${type.required ? ' (required)' : ''}`}
      >
        <SpaceBetween size="xs">
          <Box variant="small" color="text-body-secondary">
            Format: <code>{type.arnFormat}</code>
          </Box>
          {fields.map((field) => (
            <FormField
              key={field.name}
              label={field.label}
              errorText={showErrors ? problems[field.name] : undefined}
            >
              <SpaceBetween direction="horizontal" size="s" alignItems="center">
                <Input
                  value={state.values[field.name] ?? ''}
                  onChange={({ detail }) =>
                    setState({ ...state, values: { ...state.values, [field.name]: detail.value } })
                  }
                  onKeyDown={({ detail }) => detail.key === 'Enter' && add()}
                  disabled={!!state.any[field.name]}
                  placeholder={field.name === 'Account' ? '123456789012' : field.label}
                />
                <Checkbox
                  checked={!!state.any[field.name]}
                  onChange={({ detail }) =>
                    setState({ ...state, any: { ...state.any, [field.name]: detail.checked } })
                  }
                >
                  Any
                </Checkbox>
              </SpaceBetween>
            </FormField>
          ))}
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <Button onClick={add}>Add ARN</Button>
            <Box variant="small" color="text-body-secondary">
              <span aria-live="polite">
                {Object.keys(problems).length ? 'Fill in every part or choose Any' : <code>{arn}</code>}
              </span>
            </Box>
          </SpaceBetween>
        </SpaceBetween>
      </ExpandableSection>
    </div>
  );
}

/** An ARN (or pattern) typed whole, for resources the catalog's formats do not cover. */
function TypedArn({ onAdd }: { onAdd: (arn: string) => void }) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const add = () => {
    const arn = value.trim();
    const found = typedArnProblem(arn);
    setProblem(found);
    if (found) return;
    onAdd(arn);
    setValue('');
  };
  return (
    <FormField
      label="Other ARN"
      description="Type a whole ARN; * and ? match any characters."
      errorText={problem}
    >
      <SpaceBetween direction="horizontal" size="xs">
        <Input
          value={value}
          onChange={({ detail }) => {
            setValue(detail.value);
            setProblem(undefined);
          }}
          onKeyDown={({ detail }) => detail.key === 'Enter' && add()}
          placeholder="arn:aws:service:region:account:resource"
        />
        <Button onClick={add}>Add typed ARN</Button>
      </SpaceBetween>
    </FormField>
  );
}
