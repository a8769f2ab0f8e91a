// Starts one embedded PostgreSQL for the test run, migrates a template database, loads the AWS
// managed policies into it, and hands its URL to the test files, which each clone it
// (test/harness/test-server.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { createDb } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrations.js';
import { prismaPaths } from '../../src/db/paths.js';
import { loadAwsPolicies } from '../../src/services/aws-policies/load-aws-policies.js';

export const TEMPLATE_DATABASE = 'gatehouse_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgresql://…/<database> with `__DATABASE__` to fill in. */
    databaseUrlPattern: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-test-'));
  const pg = await startEmbeddedPostgres({ dataDir, database: TEMPLATE_DATABASE, ephemeral: true });
  await applyMigrations(pg.url, prismaPaths());
  // Every test file's clone starts with the AWS managed policies, as a started server has them.
  const db = createDb(pg.url, { poolSize: 1 });
  try {
    await loadAwsPolicies(db);
  } finally {
    await db.$disconnect();
  }
  project.provide('databaseUrlPattern', pg.urlFor('__DATABASE__'));
  project.provide('templateDatabase', TEMPLATE_DATABASE);
  return async () => {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
