// What the drill-down says for an action none of whose resources it can act on: the policy names
// resources, so the grant looks real, but it gives (or denies) nothing for this action.
import type { ActionSummary } from './summarize-policy.js';

/** `None — takes bucket, accesspoint; the policy names arn:aws:s3:::b/*`, or undefined when some resource applies. */
export function resourceMismatchLabel(
  action: Pick<ActionSummary, 'resources' | 'notResources' | 'mismatchedResources' | 'resourceTypes'>,
): string | undefined {
  if (action.resources.length > 0 || action.notResources.length > 0) return undefined;
  if (action.mismatchedResources.length === 0) return undefined;
  const takes = action.resourceTypes?.length ? action.resourceTypes.join(', ') : 'only "*"';
  return `None — resource type mismatch: takes ${takes}; the policy names ${action.mismatchedResources.join(', ')}`;
}
