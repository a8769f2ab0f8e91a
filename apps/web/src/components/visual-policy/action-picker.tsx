// The statement's actions: "All <service> actions", or actions picked by access level (with a
// search box and "All <level> actions"), or wildcard entries such as `Get*`. Actions covered by a
// wildcard show as checked and say which entry covers them. Checkbox choices are written as the
// shortest list that matches exactly the chosen actions (`Describe*` rather than 150 names), so an
// access level of a large service fits in a managed policy's size quota.
import { actionsByAccessLevel, type CatalogAction, type ServiceCatalog } from '@gatehouse/catalog';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import TextFilter from '@cloudscape-design/components/text-filter';
import TokenGroup from '@cloudscape-design/components/token-group';
import { hasWildcard } from '@gatehouse/evaluator';
import { memo, useMemo, useState } from 'react';
import { CardSection } from './card-section.js';
import { InlineCode } from './inline-code.js';
import {
  actionChoice,
  actionLookup,
  coveringWildcard,
  setActions,
  toggleCatalogActions,
  wildcardEntryProblem,
} from './action-selection.js';
import type { VisualStatement } from './model/visual-policy.js';

type ActionPatch = Partial<Pick<VisualStatement, 'actions' | 'actionElement'>>;

interface ActionPickerProps {
  prefix: string;
  serviceName: string;
  /** Undefined while loading or when the catalog does not know the service. */
  service?: ServiceCatalog;
  loading: boolean;
  actions: string[];
  actionElement: VisualStatement['actionElement'];
  onChange: (patch: ActionPatch) => void;
  readOnly: boolean;
  problem?: string;
}

/** Memoised: a keystroke elsewhere on the card must not re-render hundreds of checkboxes. */
export const ActionPicker = memo(function ActionPicker(props: ActionPickerProps) {
  const { prefix, serviceName, service, actions, actionElement, onChange, readOnly } = props;
  const all = actions.length === 1 && actions[0] === '*';
  return (
    <CardSection
      title="Actions"
      description={
        actionElement === 'NotAction'
          ? `The statement applies to every action except the ones chosen here (NotAction).`
          : `The ${serviceName} actions the statement applies to.`
      }
      problem={props.problem}
    >
      <SpaceBetween size="s">
        <SegmentedControl
          label="Which actions"
          selectedId={actionElement}
          onChange={({ detail }) =>
            onChange({ actionElement: detail.selectedId as ActionPatch['actionElement'] })
          }
          options={[
            { id: 'Action', text: 'Chosen actions', disabled: readOnly },
            { id: 'NotAction', text: 'All actions except chosen', disabled: readOnly },
          ]}
        />
        <Checkbox
          checked={all}
          onChange={({ detail }) =>
            onChange({ actions: detail.checked ? ['*'] : actions.filter((a) => a !== '*') })
          }
          readOnly={readOnly}
          description={`Writes ${prefix}:*, including actions ${serviceName} adds later.`}
        >
          All {serviceName} actions
        </Checkbox>
        {all ? null : props.loading ? (
          <Box>
            <Spinner /> Loading {serviceName} actions
          </Box>
        ) : (
          <SpaceBetween size="s">
            {service ? (
              <ActionsByAccessLevel
                service={service}
                actions={actions}
                onChange={onChange}
                readOnly={readOnly}
              />
            ) : (
              <Box color="text-status-warning">
                <InlineCode
                  text={`the catalog does not know the service \`${prefix}\`: add its actions by name below`}
                />
              </Box>
            )}
            <WildcardEntry
              prefix={prefix}
              actions={actions}
              service={service}
              onChange={onChange}
              readOnly={readOnly}
            />
          </SpaceBetween>
        )}
      </SpaceBetween>
    </CardSection>
  );
});

function matchesFilter(action: CatalogAction, filter: string): boolean {
  if (filter === '') return true;
  const lower = filter.toLowerCase();
  return action.name.toLowerCase().includes(lower) || action.description.toLowerCase().includes(lower);
}

function ActionsByAccessLevel(props: {
  service: ServiceCatalog;
  actions: string[];
  onChange: (patch: ActionPatch) => void;
  readOnly: boolean;
}) {
  const { service, actions, onChange, readOnly } = props;
  const [filter, setFilter] = useState('');
  const catalogNames = useMemo(() => service.actions.map((a) => a.name), [service]);
  const groups = actionsByAccessLevel(service)
    .map((group) => ({ ...group, shown: group.actions.filter((a) => matchesFilter(a, filter)) }))
    .filter((group) => group.shown.length > 0);
  const shownCount = groups.reduce((n, g) => n + g.shown.length, 0);
  return (
    <SpaceBetween size="xs">
      <TextFilter
        filteringClearAriaLabel="Clear filter"
        filteringText={filter}
        onChange={({ detail }) => setFilter(detail.filteringText)}
        filteringPlaceholder="Find actions by name or description"
        filteringAriaLabel="Find actions"
        countText={filter ? `${shownCount} ${shownCount === 1 ? 'match' : 'matches'}` : undefined}
      />
      {groups.map((group) => (
        <AccessLevelGroup
          key={group.accessLevel}
          level={group.accessLevel}
          levelActions={group.actions}
          shown={group.shown}
          filtering={filter !== ''}
          actions={actions}
          catalogNames={catalogNames}
          onChange={(next) => onChange({ actions: next })}
          readOnly={readOnly}
        />
      ))}
      {groups.length === 0 ? (
        <Box color="text-body-secondary">
          <InlineCode text={`No action matches \`${filter}\`.`} />
        </Box>
      ) : null}
    </SpaceBetween>
  );
}

function AccessLevelGroup(props: {
  level: string;
  levelActions: CatalogAction[];
  shown: CatalogAction[];
  filtering: boolean;
  actions: string[];
  catalogNames: readonly string[];
  onChange: (actions: string[]) => void;
  readOnly: boolean;
}) {
  const { level, levelActions, shown, actions, catalogNames, onChange, readOnly } = props;
  const toggle = (names: readonly string[], on: boolean) =>
    onChange(toggleCatalogActions(actions, names, on, catalogNames));
  const [expanded, setExpanded] = useState(false);
  const lookup = useMemo(() => actionLookup(actions), [actions]);
  const count = levelActions.filter((a) => {
    const choice = actionChoice(lookup, a.name);
    return choice.listed || !!choice.wildcard;
  }).length;
  const names = levelActions.map((a) => a.name);
  // While searching, matching groups open so the matches are visible without a click.
  const open = expanded || props.filtering;
  return (
    <ExpandableSection
      variant="footer"
      expanded={open}
      onChange={({ detail }) => setExpanded(detail.expanded)}
      headerText={`${level} (${count} of ${levelActions.length} chosen)`}
      headerAriaLabel={`${level} actions, ${count} of ${levelActions.length} chosen`}
    >
      {open ? (
        <SpaceBetween size="xs">
          <Checkbox
            checked={count === levelActions.length}
            indeterminate={count > 0 && count < levelActions.length}
            onChange={({ detail }) => toggle(names, detail.checked)}
            readOnly={readOnly}
          >
            All {level} actions
          </Checkbox>
          <ColumnLayout columns={3} variant="text-grid">
            {shown.map((action) => {
              const { listed, wildcard } = actionChoice(lookup, action.name);
              return (
                <Checkbox
                  key={action.name}
                  checked={listed || !!wildcard}
                  onChange={({ detail }) => toggle([action.name], detail.checked)}
                  readOnly={readOnly}
                  description={wildcard && !listed ? `Included by ${wildcard}` : undefined}
                >
                  <span title={action.description}>{action.name}</span>
                </Checkbox>
              );
            })}
          </ColumnLayout>
        </SpaceBetween>
      ) : null}
    </ExpandableSection>
  );
}

/** Entries that no checkbox shows: wildcards and names the catalog does not list. */
function extraEntries(actions: string[], service: ServiceCatalog | undefined): string[] {
  return actions.filter(
    (a) =>
      hasWildcard(a) || !service || !service.actions.some((c) => c.name.toLowerCase() === a.toLowerCase()),
  );
}

function WildcardEntry(props: {
  prefix: string;
  actions: string[];
  service?: ServiceCatalog;
  onChange: (patch: ActionPatch) => void;
  readOnly: boolean;
}) {
  const { prefix, actions, service, onChange, readOnly } = props;
  const [entry, setEntry] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const extras = extraEntries(actions, service);
  const add = () => {
    const trimmed = entry.trim();
    const found = wildcardEntryProblem(trimmed, prefix);
    setProblem(found);
    if (found) return;
    onChange({ actions: setActions(actions, [trimmed], true) });
    setEntry('');
  };
  const describe = (a: string) => {
    if (!hasWildcard(a)) return service ? 'Not in the catalog' : undefined;
    const n = service?.actions.filter((c) => coveringWildcard([a], c.name)).length;
    return n === undefined ? undefined : `Matches ${n} ${n === 1 ? 'action' : 'actions'}`;
  };
  return (
    <SpaceBetween size="xs">
      {readOnly ? null : (
        <FormField
          label="Add actions by name or wildcard"
          description={`For example Get* or *Object; the prefix ${prefix}: is added.`}
          errorText={problem}
        >
          <SpaceBetween direction="horizontal" size="xs">
            <Input
              value={entry}
              onChange={({ detail }) => {
                setEntry(detail.value);
                setProblem(undefined);
              }}
              onKeyDown={({ detail }) => detail.key === 'Enter' && add()}
              placeholder="Get*"
            />
            <Button onClick={add}>Add action</Button>
          </SpaceBetween>
        </FormField>
      )}
      {extras.length ? (
        <TokenGroup
          items={extras.map((a) => ({
            label: `${prefix}:${a}`,
            description: describe(a),
            dismissLabel: `Remove ${prefix}:${a}`,
          }))}
          onDismiss={({ detail }) =>
            onChange({ actions: setActions(actions, [extras[detail.itemIndex]!], false) })
          }
          readOnly={readOnly}
        />
      ) : null}
    </SpaceBetween>
  );
}
