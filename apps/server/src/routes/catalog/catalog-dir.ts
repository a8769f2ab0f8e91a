// Where the catalog's build output is (beside the server package: see server-package-dir.ts).
import { join } from 'node:path';
import { catalogPackageDir } from '../../server-package-dir.js';

/** `GATEHOUSE_CATALOG_DIR`, else the workspace dependency's `dist/catalog`. */
export function catalogDir(): string {
  const fromEnv = process.env.GATEHOUSE_CATALOG_DIR;
  if (fromEnv) return fromEnv;
  return join(catalogPackageDir(), 'dist', 'catalog');
}
