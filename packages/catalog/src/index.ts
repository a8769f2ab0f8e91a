// The browser-safe API of @gatehouse/catalog: the chunk shapes and helpers over them. Node-only
// loaders live in `@gatehouse/catalog/node`.
export type * from './types.js';
export type * from './managed-policy-types.js';
export {
  ACCESS_LEVELS,
  actionsByAccessLevel,
  isAccessLevel,
  type AccessLevelGroup,
} from './access-levels.js';
export {
  arnTemplateParts,
  arnTemplatePlaceholders,
  fillArnTemplate,
  matchArnTemplate,
  type ArnTemplatePart,
  type FillOptions,
} from './arn-template.js';
export { conditionKeyType, findConditionKey } from './condition-key-type.js';
export { findAction, findResourceType } from './find-action.js';
export { resourceTypesForArn } from './resource-types-for-arn.js';
