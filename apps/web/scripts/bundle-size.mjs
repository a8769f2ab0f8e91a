#!/usr/bin/env node
// The JavaScript budget of the console, checked on a built dist (`vite build` first):
//   every route                          ≤ 350 KB gzip
//   the routes a visit starts on         ≤ 300 KB gzip  (the dashboard `/`, `/users`, sign-in, setup)
// A route's figure is what the browser must download before the page can render: the entry
// chunk, the console shell for console pages, the page's lazy chunk and every chunk they import
// statically. A lazily loaded part of a page (a tab, a dialog, a wizard step) counts with the
// page that loads it. Chunks a page loads later on its own (Monaco, the catalog, a filter
// control) are not counted: they do not hold up the page.
//
//   node scripts/bundle-size.mjs [--max-route-kb=350] [--max-initial-kb=300]   (WEB_DIST=<dir>)
// Exits 1 when a route is over its budget. scripts/bundle-report.mjs shows what a chunk holds.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = process.env.WEB_DIST ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifestFile = path.join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.error(`✗ ${manifestFile} not found: run \`vite build\` first (or set WEB_DIST)`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const arg = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const MAX_ROUTE_KB = arg('max-route-kb', 350);
const MAX_INITIAL_KB = arg('max-initial-kb', 300);

/** The pages a visit starts on, by their source file under src/pages/. */
const INITIAL = new Map([
  ['dashboard/dashboard-page.tsx', '/'],
  ['users/users-page.tsx', '/users'],
  ['signin/root-sign-in-page.tsx', '/signin'],
  ['signin/iam-sign-in-page.tsx', '/signin/<account>'],
  ['setup/setup-page.tsx', '/setup'],
]);

const sizes = new Map();
const gzipKb = (file) => {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(path.join(dist, file))).length / 1024);
  return sizes.get(file);
};

/** Every JS file loaded statically from `key` (itself included), added to `seen`. */
function staticClosure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) staticClosure(dep, seen);
  return seen;
}
const total = (files) => [...files].reduce((sum, f) => sum + gzipKb(f), 0);

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = staticClosure(entryKey);
const shellKey = Object.keys(manifest).find((k) => k.endsWith('app/console-layout.tsx'));
const withShell = shellKey ? staticClosure(shellKey, new Set(entry)) : entry;
const outsideConsole = (key) => /\/pages\/(signin|setup)\//.test(key);
const isPage = (key) => key.includes('/pages/') && manifest[key].isDynamicEntry;

// Which page loads each lazily loaded part (the router loads pages; pages load their parts).
const loadedBy = new Map();
for (const [key, chunk] of Object.entries(manifest)) {
  for (const dyn of chunk.dynamicImports ?? []) if (!loadedBy.has(dyn)) loadedBy.set(dyn, key);
}
/** The files the browser needs before `key` renders, counting the page that loads it. */
function needed(key, seen = new Set(), parents = new Set()) {
  const parent = loadedBy.get(key);
  if (parent && isPage(parent) && !parents.has(parent)) needed(parent, seen, parents.add(key));
  for (const f of outsideConsole(key) ? entry : withShell) seen.add(f);
  return staticClosure(key, seen);
}

const rows = [];
for (const key of Object.keys(manifest)) {
  if (!isPage(key)) continue;
  const page = key.replace(/^src\/pages\//, '');
  const initial = INITIAL.get(page);
  const budget = initial ? MAX_INITIAL_KB : MAX_ROUTE_KB;
  rows.push({ page, initial, budget, kb: total(needed(key)) });
}
rows.sort((a, b) => b.kb - a.kb);

console.log(`JS needed before each route (or lazily loaded part of a page) can render, gzip (${dist}):`);
console.log(`  ${total(entry).toFixed(1).padStart(7)} KB  (entry)`);
if (shellKey) console.log(`  ${total(withShell).toFixed(1).padStart(7)} KB  (entry + console shell)`);
for (const r of rows) {
  const mark = r.kb > r.budget ? '✗' : ' ';
  const label = r.initial ? `${r.page}  [initial ${r.initial}, ≤ ${r.budget} KB]` : r.page;
  console.log(`${mark} ${r.kb.toFixed(1).padStart(7)} KB  ${label}`);
}
const lazyKb = (pattern) =>
  Object.entries(manifest)
    .filter(([k]) => pattern.test(k))
    .reduce((sum, [, c]) => sum + gzipKb(c.file), 0);
console.log(`Monaco chunk (lazy): ${lazyKb(/monaco-setup/).toFixed(1)} KB gzip`);

const over = rows.filter((r) => r.kb > r.budget);
const initialRows = rows.filter((r) => r.initial);
console.log(
  `Largest route ${rows[0].kb.toFixed(1)} KB (${rows[0].page}, budget ${MAX_ROUTE_KB} KB); ` +
    `largest initial route ${Math.max(...initialRows.map((r) => r.kb)).toFixed(1)} KB (budget ${MAX_INITIAL_KB} KB)`,
);
if (over.length > 0) {
  for (const r of over) {
    console.error(`✗ ${r.page} needs ${r.kb.toFixed(1)} KB of JS, over its ${r.budget} KB budget`);
  }
  process.exit(1);
}
console.log('✓ every route within its budget');
