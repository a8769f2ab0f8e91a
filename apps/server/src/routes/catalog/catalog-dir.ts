// Where the catalog's build output is. The server is bundled into dist/main.js, so the catalog
// package cannot find itself from import.meta.url there: look beside the server package instead.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function serverPackageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === '@gatehouse/server') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the @gatehouse/server package directory');
    dir = parent;
  }
}

/** `GATEHOUSE_CATALOG_DIR`, else the workspace dependency's `dist/catalog`. */
export function catalogDir(): string {
  const fromEnv = process.env.GATEHOUSE_CATALOG_DIR;
  if (fromEnv) return fromEnv;
  return join(serverPackageDir(), 'node_modules', '@gatehouse', 'catalog', 'dist', 'catalog');
}
