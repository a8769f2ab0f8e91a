// The catalog actions a card's action names stand for: exact names and `*` / `?` wildcards,
// compared without case as IAM compares actions. With `NotAction` a card stands for every
// other action of the service.
import type { CatalogAction, ServiceCatalog } from '@gatehouse/catalog';
import { matchesWildcard } from '@gatehouse/evaluator';

/** Catalog actions matched by any of `names` (without the service prefix), in catalog order. */
export function matchActions(service: ServiceCatalog, names: readonly string[]): CatalogAction[] {
  return service.actions.filter((action) => names.some((name) => matchesWildcard(name, action.name)));
}

/** The actions a card covers: those its names match, or with `NotAction` all the others. */
export function actionsOfCard(
  service: ServiceCatalog,
  names: readonly string[],
  element: 'Action' | 'NotAction' = 'Action',
): CatalogAction[] {
  const matched = matchActions(service, names);
  if (element === 'Action') return matched;
  const excluded = new Set(matched);
  return service.actions.filter((action) => !excluded.has(action));
}
