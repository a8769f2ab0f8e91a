// What a card's Resources section offers: the resource types the chosen actions take (required
// or not), each with its ARN format split into fixed text and placeholders for the ARN builder,
// and whether the actions take no resource type at all, in which case only `*` makes sense.
import type { ArnTemplatePart, ServiceCatalog } from '@gatehouse/catalog';
import {
  arnTemplateParts,
  arnTemplatePlaceholders,
  fillArnTemplate,
  findResourceType,
} from '@gatehouse/catalog';
import { actionsOfCard } from './match-actions.js';

export interface ResourceTypeChoice {
  /** E.g. `object`. */
  name: string;
  /** E.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  arnFormat: string;
  parts: ArnTemplatePart[];
  /** Placeholder names in order, `Partition` included. */
  placeholders: string[];
  /** True when at least one of the chosen actions requires a resource of this type. */
  required: boolean;
  /** Catalog names of the chosen actions that take this type. */
  actions: string[];
}

export interface ResourceChoices {
  /** In the order the actions name them. */
  resourceTypes: ResourceTypeChoice[];
  /** Catalog names of chosen actions that take no resource type: they work only with `"Resource": "*"`. */
  actionsWithoutResourceType: string[];
  /**
   * True when the chosen actions match catalog actions and none takes a resource type: the card
   * should offer `*` only.
   */
  starOnly: boolean;
}

export interface ResourceTypeOptions {
  actionElement?: 'Action' | 'NotAction';
}

export function resourceTypesForActions(
  service: ServiceCatalog,
  actions: readonly string[],
  options: ResourceTypeOptions = {},
): ResourceChoices {
  const covered = actionsOfCard(service, actions, options.actionElement);
  const byName = new Map<string, ResourceTypeChoice>();
  const withoutType: string[] = [];
  for (const action of covered) {
    if (action.resourceTypes.length === 0) withoutType.push(action.name);
    for (const taken of action.resourceTypes) {
      const type = findResourceType(service, taken.name);
      if (!type) continue;
      let choice = byName.get(type.name);
      if (!choice) {
        choice = {
          name: type.name,
          arnFormat: type.arnFormat,
          parts: arnTemplateParts(type.arnFormat),
          placeholders: arnTemplatePlaceholders(type.arnFormat),
          required: false,
          actions: [],
        };
        byName.set(type.name, choice);
      }
      choice.required ||= taken.required;
      choice.actions.push(action.name);
    }
  }
  return {
    resourceTypes: [...byName.values()],
    actionsWithoutResourceType: withoutType,
    starOnly: covered.length > 0 && byName.size === 0,
  };
}

/**
 * An ARN from a resource type's format: `Partition` defaults to `aws`, and every placeholder the
 * user left empty becomes `*` (any value), as AWS's ARN builder does with "Any".
 */
export function resourceArn(arnFormat: string, values: Readonly<Record<string, string | undefined>>): string {
  return fillArnTemplate(arnFormat, { Partition: 'aws', ...values }, { any: '*' });
}
