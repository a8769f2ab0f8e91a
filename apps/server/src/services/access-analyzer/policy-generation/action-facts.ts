// What policy generation needs to know of an action: that AWS has it (as AWS spells it) and
// whether it takes a resource. Read from the catalog's build output, one service chunk once.
import { findAction, type ServiceCatalog } from '@gatehouse/catalog';
import { loadService } from '@gatehouse/catalog/node';
import { catalogDir } from '../../../routes/catalog/catalog-dir.js';

const services = new Map<string, Promise<ServiceCatalog | undefined>>();

function service(prefix: string): Promise<ServiceCatalog | undefined> {
  let loaded = services.get(prefix);
  if (!loaded) {
    loaded = loadService(catalogDir(), prefix).catch(() => undefined);
    services.set(prefix, loaded);
  }
  return loaded;
}

export interface ActionFacts {
  /** `iam:CreateUser`, as AWS spells it. */
  action: string;
  takesResource: boolean;
}

/** The action's facts, or undefined when the catalog has no such action (console events, sign-in). */
export async function actionFacts(action: string): Promise<ActionFacts | undefined> {
  const colon = action.indexOf(':');
  if (colon <= 0) return undefined;
  const prefix = action.slice(0, colon).toLowerCase();
  const found = await service(prefix);
  const spec = found ? findAction(found, action.slice(colon + 1)) : undefined;
  if (!spec) return undefined;
  return { action: `${prefix}:${spec.name}`, takesResource: spec.resourceTypes.length > 0 };
}
