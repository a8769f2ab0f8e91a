import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { withSchemaEngine } from './schema-engine.js';
import type { PrismaPaths } from './paths.js';

/** `prisma/migrations` in the shape the schema engine takes (as Prisma's CLI would read it). */
export async function readMigrationList(migrationsDir: string): Promise<MigrationList> {
  const entries = existsSync(migrationsDir) ? await readdir(migrationsDir, { withFileTypes: true }) : [];
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(migrationsDir, folder, 'migration.sql'), 'utf8').then(
            (text) => ({ tag: 'ok' as const, value: text }),
            (err: Error) => ({ tag: 'error' as const, value: err.message }),
          ),
        },
      })),
    ),
  };
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Applies every migration in `prisma/migrations` not yet recorded in `_prisma_migrations`,
 * exactly as `prisma migrate deploy` would. Returns the names it applied.
 */
export async function applyMigrations(databaseUrl: string, paths: PrismaPaths): Promise<string[]> {
  const schemaText = await readFile(paths.schemaPath, 'utf8');
  const migrationsList = await readMigrationList(paths.migrationsDir);
  return withSchemaEngine({ databaseUrl, schemaText }, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}

/**
 * The SQL that would bring the database at `databaseUrl` to `schema.prisma` (empty when they
 * agree). Used to write new migrations and to test that migrations and schema are consistent.
 */
export async function diffDatabaseToSchema(databaseUrl: string, paths: PrismaPaths): Promise<string> {
  const schemaText = await readFile(paths.schemaPath, 'utf8');
  const files = [{ path: 'schema.prisma', content: schemaText }];
  return withSchemaEngine({ databaseUrl, schemaText }, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: '.' },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return (result.stdout ?? '').trim();
  });
}
