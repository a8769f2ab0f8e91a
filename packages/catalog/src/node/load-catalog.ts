// Reads the service catalog's build output (dist/catalog by default).
import { SERVICE_PREFIX } from '../names.js';
import type { CatalogIndex, ChunkManifest, GlobalConditionKeys, ServiceCatalog } from '../types.js';
import { defaultCatalogDir } from './package-dir.js';
import { readChunk, readOptionalChunk } from './read-chunk.js';

/** Every service's prefix, name and action count. */
export function loadCatalogIndex(dir: string = defaultCatalogDir()): Promise<CatalogIndex> {
  return readChunk(dir, 'index.json');
}

/**
 * One service's actions, resource types and condition keys, or undefined when the catalog has
 * no service `prefix` (compared case-insensitively; anything not shaped like a prefix is unknown).
 */
export async function loadService(dir: string, prefix: string): Promise<ServiceCatalog | undefined> {
  const lower = prefix.toLowerCase();
  if (!SERVICE_PREFIX.test(lower)) return undefined;
  const service = await readOptionalChunk<ServiceCatalog>(dir, `services/${lower}.json`);
  if (service === undefined) await readChunk(dir, 'manifest.json'); // unknown service, or no build at all?
  return service;
}

export function loadGlobalConditionKeys(dir: string = defaultCatalogDir()): Promise<GlobalConditionKeys> {
  return readChunk(dir, 'global-condition-keys.json');
}

/** Content hashes of every chunk, for cache headers. */
export function loadCatalogManifest(dir: string = defaultCatalogDir()): Promise<ChunkManifest> {
  return readChunk(dir, 'manifest.json');
}
