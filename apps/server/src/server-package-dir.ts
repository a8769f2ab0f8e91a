// Where the @gatehouse/server package is. The server is bundled into dist/main.js, so workspace
// packages cannot find their own files from import.meta.url there: callers look beside this one.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

export function serverPackageDir(): string {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === '@gatehouse/server') return (found = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the @gatehouse/server package directory');
    dir = parent;
  }
}

/** The installed `@gatehouse/catalog` workspace package. */
export function catalogPackageDir(): string {
  return join(serverPackageDir(), 'node_modules', '@gatehouse', 'catalog');
}
