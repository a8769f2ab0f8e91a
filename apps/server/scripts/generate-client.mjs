#!/usr/bin/env node
// Generates the Prisma Client into src/db/generated, offline.
//
// The Prisma CLI wants to download a native schema engine before `generate`, though
// generation never calls it; pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable (node
// itself) skips the download. A stamp of the schema's hash skips regeneration when nothing
// changed, so `typecheck`, `build` and `test` can all call this cheaply.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const schemaPath = path.resolve(serverDir, '../../prisma/schema.prisma');
const outDir = path.join(serverDir, 'src/db/generated');
const stampPath = path.join(outDir, '.schema-hash');

const prismaVersion = JSON.parse(readFileSync(path.join(serverDir, 'package.json'), 'utf8')).dependencies
  .prisma;
const hash = createHash('sha256').update(prismaVersion).update(readFileSync(schemaPath)).digest('hex');
if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash && !process.argv.includes('--force')) {
  process.exit(0);
}

const prismaCli = path.join(serverDir, 'node_modules/prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schemaPath], {
  cwd: serverDir,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
if (result.status !== 0) {
  console.error('prisma generate failed');
  process.exit(result.status ?? 1);
}
writeFileSync(stampPath, hash);
