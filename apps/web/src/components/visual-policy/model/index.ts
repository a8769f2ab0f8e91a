// The visual policy generator's model, for the Visual tab's components. Each name lives in the
// file named for it; this list is the model's public surface.
export type * from './visual-policy.js';
export { policyToVisual } from './policy-to-visual.js';
export { visualToPolicy } from './visual-to-policy.js';
export { newStatement, duplicateStatement } from './new-statement.js';
export { newCondition } from './new-condition.js';
export { freshKey } from './fresh-key.js';
export { operatorsForKeyType, elementType } from './operators-for-key-type.js';
export {
  conditionKeysForActions,
  type ConditionKeyChoice,
  type ConditionKeyOptions,
} from './condition-keys-for-actions.js';
export {
  resourceTypesForActions,
  resourceArn,
  type ResourceChoices,
  type ResourceTypeChoice,
  type ResourceTypeOptions,
} from './resource-types-for-actions.js';
export { matchActions, actionsOfCard } from './match-actions.js';
export { statementProblems, type StatementProblem } from './statement-problems.js';
export { compressActions, type CompressOptions } from './compress-actions.js';
