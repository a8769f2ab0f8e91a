// The resources of a statement one action can act on, as the AWS console's action summary lists
// them: for `s3:GetObject` and `s3:ListBucket` on a bucket and its objects, GetObject gets the
// objects and ListBucket the bucket. Lenient where the policy is: `*`, policy variables and
// wildcard patterns that could name a resource of the action's types stay. Pure, browser-safe.
import type { CatalogAction, ServiceCatalog } from '@gatehouse/catalog';
import { ANY_TYPE, resourceTypesOfPattern } from './resource-types-of-pattern.js';

export interface ActionResources {
  /** Resources the action can act on; `*` for an action that takes no resource type. */
  applies: string[];
  /** Resources of the statement the action cannot act on (of another type, or another service). */
  mismatched: string[];
}

const hasWildcard = (text: string) => /[*?]|\$\{/.test(text);

export function resourcesForAction(
  service: ServiceCatalog,
  action: CatalogAction,
  resources: readonly string[],
): ActionResources {
  if (action.resourceTypes.length === 0) return resourcesForUntypedAction(resources);
  const takes = new Set(action.resourceTypes.map((t) => t.name.toLowerCase()));
  const known = new Set(service.resourceTypes.map((t) => t.name.toLowerCase()));
  // A type the chunk does not describe: nothing to check the ARNs against.
  if ([...takes].some((name) => !known.has(name))) return { applies: [...resources], mismatched: [] };
  const out: ActionResources = { applies: [], mismatched: [] };
  for (const resource of resources) {
    const types = resourceTypesOfPattern(service, resource);
    const fits = types === ANY_TYPE || [...types].some((name) => takes.has(name.toLowerCase()));
    (fits ? out.applies : out.mismatched).push(resource);
  }
  return out;
}

/**
 * An action without resource types acts on `*` (AWS: "All resources"). A pattern with wildcards
 * may stand for it (AWS's own examples grant `s3:ListAllMyBuckets` on `arn:aws:s3:::*`); a plain
 * ARN cannot.
 */
function resourcesForUntypedAction(resources: readonly string[]): ActionResources {
  const mismatched = resources.filter((r) => !hasWildcard(r));
  return { applies: mismatched.length < resources.length ? ['*'] : [], mismatched };
}
