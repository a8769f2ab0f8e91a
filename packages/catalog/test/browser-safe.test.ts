// The console imports `@gatehouse/catalog` in the browser: everything outside src/node and
// src/build must import nothing but its siblings (no Node built-ins, no packages).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));
const NODE_ONLY = ['node', 'build'];

async function browserFiles(): Promise<string[]> {
  const entries = await readdir(src, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(src, join(e.parentPath, e.name)))
    .filter((file) => !NODE_ONLY.some((dir) => file.startsWith(`${dir}/`)));
}

test('browser-safe modules import only each other', async () => {
  const files = await browserFiles();
  expect(files).toContain('index.ts');
  expect(files).toContain('arn-template.ts');
  const offending: string[] = [];
  for (const file of files) {
    const text = await readFile(join(src, file), 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const ok = specifier?.startsWith('./') && !NODE_ONLY.some((dir) => specifier.startsWith(`./${dir}/`));
      if (!ok) offending.push(`${file} imports ${specifier}`);
    }
  }
  expect(offending).toEqual([]);
});

test('the browser entry point loads and works without Node', async () => {
  const catalog = await import('../src/index.js');
  expect(
    catalog.fillArnTemplate('arn:${Partition}:iam::${Account}:root', { Partition: 'aws', Account: '1' }),
  ).toBe('arn:aws:iam::1:root');
});
