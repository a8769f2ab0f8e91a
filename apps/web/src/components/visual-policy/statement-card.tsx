// One statement as a card: effect, service, actions, resources and conditions, with Duplicate
// and Remove in the header. The card fetches only its own service's catalog chunk.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { GlobalConditionKeys, ServiceCatalog } from '@gatehouse/catalog';
import { useMemo } from 'react';
import type { CatalogIndexResponse } from '../../api/catalog-api.js';
import { ActionPicker } from './action-picker.js';
import { ConditionEditor } from './condition-editor.js';
import {
  conditionKeysForActions,
  resourceTypesForActions,
  type ResourceChoices,
  type VisualStatement,
} from './model/index.js';
import { ResourceBuilder } from './resource-builder.js';
import { ALL_SERVICES, ServiceSelect } from './service-select.js';
import { statementSummary } from './statement-summary.js';
import { useEventCallback } from './use-event-callback.js';
import { useServiceCatalog } from './use-visual-catalog.js';

interface StatementCardProps {
  index: number;
  statement: VisualStatement;
  catalogIndex?: CatalogIndexResponse;
  indexLoading: boolean;
  globalKeys?: GlobalConditionKeys;
  onChange: (next: VisualStatement) => void;
  onDuplicate: () => void;
  onRemove: () => void;
  readOnly: boolean;
}

export function StatementCard(props: StatementCardProps) {
  const { index, statement, catalogIndex, onChange, readOnly } = props;
  const service = useServiceCatalog(
    catalogIndex,
    statement.service === ALL_SERVICES ? undefined : statement.service,
  );
  const serviceName =
    statement.service === ALL_SERVICES
      ? 'every service'
      : (catalogIndex?.services.find((s) => s.prefix === statement.service?.toLowerCase())?.name ??
        statement.service ??
        '');
  const { actions, actionElement } = statement;
  const resourceChoices = useMemo(
    () => choicesFor(service.data, actions, actionElement),
    [service.data, actions, actionElement],
  );
  const keyChoices = useMemo(
    () =>
      props.globalKeys
        ? conditionKeysForActions(service.data, statement.actions, props.globalKeys, {
            actionElement: statement.actionElement,
          })
        : undefined,
    [service.data, statement.actions, statement.actionElement, props.globalKeys],
  );
  const update = useEventCallback((patch: Partial<VisualStatement>) => onChange({ ...statement, ...patch }));
  const changeActions = useEventCallback(
    (patch: Partial<Pick<VisualStatement, 'actions' | 'actionElement'>>) =>
      update(actionsChange(statement, patch, service.data)),
  );
  const changeConditions = useEventCallback((conditions: VisualStatement['conditions']) =>
    update({ conditions }),
  );
  const title = `Statement ${index + 1}${statement.sid ? `: ${statement.sid}` : ''}`;

  return (
    <section aria-label={`Statement ${index + 1}`}>
      <ExpandableSection
        variant="container"
        defaultExpanded
        headerText={title}
        headerDescription={statementSummary(
          statement,
          statement.service === ALL_SERVICES ? undefined : serviceName,
        )}
        headerActions={
          readOnly ? undefined : (
            <SpaceBetween direction="horizontal" size="xs">
              <Button onClick={props.onDuplicate} ariaLabel={`Duplicate statement ${index + 1}`}>
                Duplicate
              </Button>
              <Button onClick={props.onRemove} ariaLabel={`Remove statement ${index + 1}`}>
                Remove
              </Button>
            </SpaceBetween>
          )
        }
      >
        <SpaceBetween size="l">
          <SpaceBetween direction="horizontal" size="l">
            <FormField label="Effect">
              <SegmentedControl
                label="Effect"
                selectedId={statement.effect}
                onChange={({ detail }) => update({ effect: detail.selectedId as VisualStatement['effect'] })}
                options={[
                  { id: 'Allow', text: 'Allow', iconName: 'status-positive', disabled: readOnly },
                  { id: 'Deny', text: 'Deny', iconName: 'status-negative', disabled: readOnly },
                ]}
              />
            </FormField>
            <FormField label="Statement ID (Sid)" description="Optional: letters and digits.">
              <Input
                value={statement.sid ?? ''}
                onChange={({ detail }) => update({ sid: detail.value === '' ? undefined : detail.value })}
                readOnly={readOnly}
              />
            </FormField>
          </SpaceBetween>
          <ServiceSelect
            index={catalogIndex}
            loading={props.indexLoading}
            value={statement.service}
            onChange={(prefix) => update(serviceChange(statement, prefix))}
            readOnly={readOnly}
          />
          {statement.service === undefined ? (
            <Box color="text-body-secondary">Choose a service to pick its actions and resources.</Box>
          ) : (
            <SpaceBetween size="l">
              {statement.service === ALL_SERVICES ? (
                <FormField label="Actions">
                  <Box>Every action of every service (*).</Box>
                </FormField>
              ) : (
                <ActionPicker
                  prefix={statement.service}
                  serviceName={serviceName}
                  service={service.data}
                  loading={service.loading}
                  actions={statement.actions}
                  actionElement={statement.actionElement}
                  onChange={changeActions}
                  readOnly={readOnly}
                  problem={statement.actions.length === 0 ? 'choose at least one action' : undefined}
                />
              )}
              <ResourceBuilder
                resourceTypes={resourceChoices?.resourceTypes}
                starOnly={resourceChoices?.starOnly ?? false}
                resources={statement.resources}
                resourceElement={statement.resourceElement}
                onChange={update}
                readOnly={readOnly}
                problem={
                  statement.resources.length === 0 ? 'add a resource or choose All resources' : undefined
                }
              />
              <ConditionEditor
                conditions={statement.conditions}
                keyChoices={keyChoices}
                onChange={changeConditions}
                readOnly={readOnly}
              />
            </SpaceBetween>
          )}
        </SpaceBetween>
      </ExpandableSection>
    </section>
  );
}

function choicesFor(
  service: ServiceCatalog | undefined,
  actions: string[],
  actionElement: VisualStatement['actionElement'],
): ResourceChoices | undefined {
  if (!service || actions.length === 0) return undefined;
  return resourceTypesForActions(service, actions, { actionElement });
}

/** A new service starts with no actions; `*` (all services) means every action. */
function serviceChange(statement: VisualStatement, prefix: string): Partial<VisualStatement> {
  if (prefix === statement.service) return {};
  return { service: prefix, actions: prefix === ALL_SERVICES ? ['*'] : [] };
}

/**
 * New actions; when they take no resource type and no resource is chosen yet, the resource
 * becomes `*`, the only one such actions accept.
 */
function actionsChange(
  statement: VisualStatement,
  patch: Partial<Pick<VisualStatement, 'actions' | 'actionElement'>>,
  service: ServiceCatalog | undefined,
): Partial<VisualStatement> {
  const next = { ...statement, ...patch };
  if (!service || next.resources.length > 0 || next.actions.length === 0) return patch;
  const choices = resourceTypesForActions(service, next.actions, { actionElement: next.actionElement });
  return choices.starOnly ? { ...patch, resources: ['*'] } : patch;
}
