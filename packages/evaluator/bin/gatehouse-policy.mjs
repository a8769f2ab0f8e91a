#!/usr/bin/env node
// Runs the built command-line tool (dist/cli/main.js). In a source checkout that has not been
// built, or with GATEHOUSE_POLICY_FROM_SOURCE=1, it runs the TypeScript source through tsx.
import { existsSync } from 'node:fs';
import process from 'node:process';

const built = new URL('../dist/cli/main.js', import.meta.url);
const fromSource = process.env.GATEHOUSE_POLICY_FROM_SOURCE === '1' || !existsSync(built);

let main;
if (fromSource) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(new URL('../src/cli/main.ts', import.meta.url).href));
} else {
  ({ main } = await import(built.href));
}
process.exitCode = main(process.argv.slice(2));
