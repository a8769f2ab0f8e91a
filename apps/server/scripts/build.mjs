#!/usr/bin/env node
// Bundles src/main.ts into dist/main.js (and the simulator's worker into dist/simulator-worker.js). npm dependencies stay external (resolved from
// node_modules at run time); workspace packages (@gatehouse/evaluator) are bundled from their
// TypeScript source, so the server does not depend on their build output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const serverDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(path.join(serverDir, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies)
  .filter((name) => !name.startsWith('@gatehouse/'))
  .flatMap((name) => [name, `${name}/*`]);

// The simulator's worker thread (src/simulator-worker/pool.ts starts it beside dist/main.js).
const entries = { main: 'src/main.ts', 'simulator-worker': 'src/simulator-worker/simulator-worker.ts' };
await build({
  entryPoints: Object.entries(entries).map(([out, src]) => ({ out, in: path.join(serverDir, src) })),
  outdir: path.join(serverDir, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  external,
  sourcemap: true,
  logLevel: 'warning',
});
console.log('built dist/main.js and dist/simulator-worker.js');
