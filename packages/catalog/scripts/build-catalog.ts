// `pnpm --filter @gatehouse/catalog build` runs this after tsc: writes dist/catalog (the AWS
// service catalog in per-service chunks) and dist/managed-policies (AWS managed policies),
// then prints what it wrote. `--out <dir>` writes elsewhere.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCatalog } from '../src/build/build-catalog.js';
import { buildManagedPolicies } from '../src/build/build-managed-policies.js';
import type { ChunkManifest } from '../src/types.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = resolve(values.out ?? fileURLToPath(new URL('../dist', import.meta.url)));

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function total(manifest: ChunkManifest, prefix = ''): number {
  return Object.entries(manifest.files)
    .filter(([path]) => path.startsWith(prefix))
    .reduce((sum, [, entry]) => sum + entry.bytes, 0);
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

const catalog = await timed('catalog', () => buildCatalog(resolve(outDir, 'catalog')));
const services = Object.keys(catalog.files).filter((path) => path.startsWith('services/'));
console.log(`  ${services.length} services, ${kilobytes(total(catalog))} in all`);
for (const path of [
  'index.json',
  'global-condition-keys.json',
  'services/s3.json',
  'services/iam.json',
  'services/ec2.json',
]) {
  const entry = catalog.files[path];
  if (entry) console.log(`  ${path}: ${kilobytes(entry.bytes)}`);
}

const policies = await timed('managed policies', () =>
  buildManagedPolicies(resolve(outDir, 'managed-policies')),
);
console.log(`  ${Object.keys(policies.files).length - 1} policies, ${kilobytes(total(policies))} in all`);
console.log(`  index.json: ${kilobytes(policies.files['index.json']?.bytes ?? 0)}`);
console.log(`written to ${outDir}`);
