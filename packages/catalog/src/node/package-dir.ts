// Where this package's build output lives, found from this file whether it runs from src/
// (source condition) or from dist/lib/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = '@gatehouse/catalog';

function findPackageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package directory`);
    dir = parent;
  }
}

let packageDir: string | undefined;

function builtDir(name: string): string {
  packageDir ??= findPackageDir();
  return join(packageDir, 'dist', name);
}

/** `dist/catalog` of this package: what `loadCatalogIndex` and `loadService` read by default. */
export function defaultCatalogDir(): string {
  return builtDir('catalog');
}

/** `dist/managed-policies` of this package. */
export function defaultManagedPoliciesDir(): string {
  return builtDir('managed-policies');
}
