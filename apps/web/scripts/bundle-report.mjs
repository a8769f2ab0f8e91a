#!/usr/bin/env node
// What a route's JavaScript is made of: builds the console into a temporary directory, records
// which modules went into each chunk (rolldown's own figures, before minification), and prints
// for the chosen pages every chunk they load before rendering, with its gzip size and its
// largest modules. The tool for finding what to cut when scripts/bundle-size.mjs says a route
// is over budget.
//
//   node scripts/bundle-report.mjs users/users-page event-history   (page paths under src/pages/)
//   node scripts/bundle-report.mjs --modules=8                       (the shell only, 8 modules a chunk)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const webDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const topModules = Number(args.find((a) => a.startsWith('--modules='))?.split('=')[1] ?? 4);
const pages = args.filter((a) => !a.startsWith('--'));

const outDir = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-bundle-report-'));
/** chunk file → { module id → rendered length } */
const chunkModules = new Map();
try {
  await build({
    root: webDir,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'gatehouse-bundle-report',
        generateBundle(_options, bundle) {
          for (const [file, chunk] of Object.entries(bundle)) {
            if (chunk.type !== 'chunk') continue;
            const modules = Object.entries(chunk.modules).map(([id, m]) => [id, m.renderedLength]);
            chunkModules.set(file, modules);
          }
        },
      },
    ],
  });

  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const gzipKb = (file) => gzipSync(readFileSync(path.join(outDir, file))).length / 1024;
  const closure = (key, seen = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const dep of chunk.imports ?? []) closure(dep, seen);
    return seen;
  };
  const shortId = (id) =>
    id
      .replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '')
      .replace(/^@cloudscape-design\/components\//, 'cloudscape/')
      .replace(webDir + '/', '');
  const describe = (title, files) => {
    const rows = [...files].map((f) => [f, gzipKb(f)]).sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((sum, [, kb]) => sum + kb, 0);
    console.log(`\n${title}: ${total.toFixed(1)} KB gzip in ${rows.length} files`);
    for (const [file, kb] of rows) {
      const modules = (chunkModules.get(file) ?? [])
        .sort((a, b) => b[1] - a[1])
        .slice(0, topModules)
        .map(([id, length]) => `${shortId(id)} ${(length / 1024).toFixed(0)}K`)
        .join(', ');
      console.log(`  ${kb.toFixed(1).padStart(6)} KB  ${file}  ${modules}`);
    }
  };

  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const shellKey = Object.keys(manifest).find((k) => k.endsWith('app/console-layout.tsx'));
  const shell = closure(shellKey, closure(entryKey));
  describe('entry + console shell', shell);
  for (const page of pages) {
    const keys = Object.keys(manifest).filter((k) => k.startsWith('src/pages/') && k.includes(page));
    if (keys.length === 0) console.log(`\nno page chunk matches "${page}"`);
    for (const key of keys) describe(key, closure(key, new Set(shell)));
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
