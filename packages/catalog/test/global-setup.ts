// Builds the catalog and the managed policies once per test run, into a temporary directory
// that every test file reads (the same code path as `pnpm build`, without touching dist/).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildCatalog } from '../src/build/build-catalog.js';
import { buildManagedPolicies } from '../src/build/build-managed-policies.js';

declare module 'vitest' {
  export interface ProvidedContext {
    catalogDir: string;
    managedPoliciesDir: string;
    buildSeconds: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'gatehouse-catalog-test-'));
  const catalogDir = join(root, 'catalog');
  const managedPoliciesDir = join(root, 'managed-policies');
  const start = performance.now();
  await buildCatalog(catalogDir);
  await buildManagedPolicies(managedPoliciesDir);
  project.provide('catalogDir', catalogDir);
  project.provide('managedPoliciesDir', managedPoliciesDir);
  project.provide('buildSeconds', (performance.now() - start) / 1000);
  return () => rm(root, { recursive: true, force: true });
}
