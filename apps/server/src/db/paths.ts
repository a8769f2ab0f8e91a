import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest ancestor of this file holding `prisma/schema.prisma`.
 * Works the same from `src/db/` (tests, tsx) and from the bundled `dist/main.js`.
 */
export function findRepoRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'prisma', 'schema.prisma'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find prisma/schema.prisma above ${from}`);
    dir = parent;
  }
}

export interface PrismaPaths {
  schemaPath: string;
  migrationsDir: string;
}

export function prismaPaths(root: string = findRepoRoot()): PrismaPaths {
  return {
    schemaPath: path.join(root, 'prisma', 'schema.prisma'),
    migrationsDir: path.join(root, 'prisma', 'migrations'),
  };
}
