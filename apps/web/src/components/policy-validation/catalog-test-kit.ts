// Test helpers: the real catalog from @gatehouse/catalog's build output, loaded the way the
// console loads it (index, global keys, then the chunks a document names).
import type { CatalogIndex, GlobalConditionKeys, ServiceCatalog } from '@gatehouse/catalog';
import {
  defaultCatalogDir,
  loadCatalogIndex,
  loadGlobalConditionKeys,
  loadService,
} from '@gatehouse/catalog/node';
import { parsePolicy, type Diagnostic, type PolicyKind } from '@gatehouse/evaluator';
import { catalogPrefixesFor } from './catalog-prefixes.js';
import { findCatalogFindings } from './find-catalog-findings.js';
import type { CatalogForFindings } from './findings-catalog.js';

let index: CatalogIndex | undefined;
let globalKeys: GlobalConditionKeys | undefined;
const chunks = new Map<string, ServiceCatalog>();

export async function loadTestCatalog(prefixes: readonly string[] = []): Promise<CatalogForFindings> {
  index ??= await loadCatalogIndex();
  globalKeys ??= await loadGlobalConditionKeys();
  for (const prefix of prefixes) {
    if (!chunks.has(prefix))
      chunks.set(prefix, (await loadService(defaultCatalogDir(), prefix)) as ServiceCatalog);
  }
  return { index, globalKeys, services: new Map(prefixes.map((p) => [p, chunks.get(p) as ServiceCatalog])) };
}

/** Parses `text`, loads the chunks it names, and returns the catalog findings. */
export async function findingsFor(text: string, kind: PolicyKind = 'identity'): Promise<Diagnostic[]> {
  const document = parsePolicy(text).document;
  if (!document) throw new Error('test policy does not parse');
  const { index: loaded } = await loadTestCatalog();
  const catalog = await loadTestCatalog(catalogPrefixesFor(document, loaded));
  return findCatalogFindings(document, catalog, kind);
}

/** A policy as the console's Format button writes it: two-space JSON. */
export function policyText(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

/** The text a diagnostic's range covers. */
export function rangeText(text: string, diagnostic: Diagnostic): string | undefined {
  return diagnostic.range
    ? text.slice(diagnostic.range.start.offset, diagnostic.range.end.offset)
    : undefined;
}
