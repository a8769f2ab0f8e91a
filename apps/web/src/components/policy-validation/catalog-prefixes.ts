// Which service chunks the catalog findings for a document need: the services its actions name
// (Action and NotAction), the services of its resource ARNs (to name a resource's type) and the
// services of its condition keys. Only prefixes the index lists; sorted, so the list is stable
// while the user types inside one name.
import type { CatalogIndex } from '@gatehouse/catalog';
import { parseArn, type PolicyDocument } from '@gatehouse/evaluator';

export function catalogPrefixesFor(
  document: PolicyDocument,
  index: Pick<CatalogIndex, 'services'>,
): string[] {
  const known = new Set(index.services.map((s) => s.prefix.toLowerCase()));
  const wanted = new Set<string>();
  const add = (prefix: string | undefined) => {
    const lower = prefix?.toLowerCase();
    if (lower && known.has(lower)) wanted.add(lower);
  };
  for (const statement of document.statements) {
    for (const action of [...(statement.action ?? []), ...(statement.notAction ?? [])]) {
      const colon = action.indexOf(':');
      if (colon > 0) add(action.slice(0, colon));
    }
    for (const resource of statement.resource ?? []) {
      add(parseArn(resource)?.service);
    }
    for (const clause of statement.conditions) {
      const colon = clause.key.indexOf(':');
      if (colon > 0) add(clause.key.slice(0, colon));
    }
  }
  return [...wanted].sort();
}
