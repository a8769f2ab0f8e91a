// Reads one JSON file of a build output directory.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export class CatalogNotBuiltError extends Error {
  constructor(dir: string) {
    super(`no catalog build output in \`${dir}\`: run \`pnpm --filter @gatehouse/catalog build\``);
    this.name = 'CatalogNotBuiltError';
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** The parsed file, or undefined when it does not exist. */
export async function readOptionalChunk<T>(dir: string, path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, ...path.split('/')), 'utf8')) as T;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** The parsed file; a missing file means the build never ran (or wrote elsewhere). */
export async function readChunk<T>(dir: string, path: string): Promise<T> {
  const chunk = await readOptionalChunk<T>(dir, path);
  if (chunk === undefined) throw new CatalogNotBuiltError(dir);
  return chunk;
}
