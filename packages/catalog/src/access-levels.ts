// Access levels in the order AWS's visual policy editor lists them. Browser-safe.
import type { AccessLevel, CatalogAction, ServiceCatalog } from './types.js';

export const ACCESS_LEVELS: readonly AccessLevel[] = [
  'List',
  'Read',
  'Tagging',
  'Write',
  'Permissions management',
];

export function isAccessLevel(value: unknown): value is AccessLevel {
  return typeof value === 'string' && (ACCESS_LEVELS as readonly string[]).includes(value);
}

export interface AccessLevelGroup {
  accessLevel: AccessLevel;
  /** In the service's order (by name). */
  actions: CatalogAction[];
}

/** The service's actions grouped by access level: one group per level, in `ACCESS_LEVELS` order, empty ones included. */
export function actionsByAccessLevel(service: Pick<ServiceCatalog, 'actions'>): AccessLevelGroup[] {
  const groups = ACCESS_LEVELS.map((accessLevel) => ({ accessLevel, actions: [] as CatalogAction[] }));
  for (const action of service.actions) {
    groups[ACCESS_LEVELS.indexOf(action.accessLevel)]?.actions.push(action);
  }
  return groups;
}
