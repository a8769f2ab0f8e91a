#!/usr/bin/env node
// Bundles src/main.ts into dist/main.js. npm dependencies stay external (resolved from
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

await build({
  entryPoints: [path.join(serverDir, 'src/main.ts')],
  outfile: path.join(serverDir, 'dist/main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  external,
  sourcemap: true,
  logLevel: 'warning',
});
console.log('built dist/main.js');
