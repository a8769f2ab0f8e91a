// The catalog facts Access Advisor needs: every service's prefix and name, and one service's
// action names; read from the catalog's build output once and kept (they change only with a
// new build, hence a restart).
import type { CatalogServiceSummary } from '@gatehouse/catalog';
import { loadCatalogIndex, loadService } from '@gatehouse/catalog/node';
import { catalogDir } from '../../routes/catalog/catalog-dir.js';

let index: Promise<CatalogServiceSummary[]> | undefined;
const actions = new Map<string, Promise<string[]>>();

export function catalogServices(): Promise<CatalogServiceSummary[]> {
  if (!index) {
    index = loadCatalogIndex(catalogDir()).then((i) => i.services);
    index.catch(() => (index = undefined));
  }
  return index;
}

/** The service's action names as AWS spells them; [] for a prefix the catalog lacks. */
export function serviceActions(prefix: string): Promise<string[]> {
  let names = actions.get(prefix);
  if (!names) {
    names = loadService(catalogDir(), prefix).then((s) => (s?.actions ?? []).map((a) => a.name));
    names.catch(() => actions.delete(prefix));
    actions.set(prefix, names);
  }
  return names;
}
