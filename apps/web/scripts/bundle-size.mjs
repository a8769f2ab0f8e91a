#!/usr/bin/env node
// Reports the gzip size of the JavaScript each route needs before it can render: the entry
// chunk, the console shell for console pages, the route's lazy page chunk, and every chunk they
// import statically. Run after
// `vite build`: `node scripts/bundle-size.mjs [--max-initial-kb=350]`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = process.env.WEB_DIST ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
const maxArg = process.argv.find((a) => a.startsWith('--max-initial-kb='));
const maxKb = maxArg ? Number(maxArg.split('=')[1]) : undefined;

const gzipKb = (file) => gzipSync(readFileSync(path.join(dist, file))).length / 1024;

/** Every JS file loaded statically from `key` (itself included). */
function staticClosure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) staticClosure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = staticClosure(entryKey);
const total = (files) => [...files].reduce((sum, f) => sum + gzipKb(f), 0);

const shellKey = Object.keys(manifest).find((k) => k.endsWith('app/console-layout.tsx'));
const withShell = shellKey ? staticClosure(shellKey, new Set(entry)) : entry;
const outsideConsole = (key) => /\/pages\/(signin|setup)\//.test(key);

const rows = [['(entry only)', total(entry)]];
for (const [key, chunk] of Object.entries(manifest)) {
  if (!key.includes('/pages/') || !chunk.isDynamicEntry) continue;
  const base = outsideConsole(key) ? entry : withShell;
  rows.push([key.replace(/^src\/pages\//, ''), total(staticClosure(key, new Set(base)))]);
}
const monaco = Object.entries(manifest).find(([k]) => k.includes('monaco-setup'));
console.log('JS needed before each route (or lazily loaded part of a page) can render, gzip:');
for (const [name, kb] of rows) console.log(`  ${kb.toFixed(1).padStart(7)} KB  ${name}`);
if (monaco) console.log(`Monaco chunk (lazy): ${gzipKb(monaco[1].file).toFixed(1)} KB gzip`);
const worst = Math.max(...rows.map(([, kb]) => kb));
if (maxKb !== undefined && worst > maxKb) {
  console.error(`✗ a route needs ${worst.toFixed(1)} KB of JS, over the ${maxKb} KB budget`);
  process.exit(1);
}
