#!/usr/bin/env node
// The README's two commands (`npm start`, `npm test`) land here. A fresh machine has only
// Node and npm, so pnpm itself is fetched through npx at the version package.json pins.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { packageManager } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  CHECKPOINT_DISABLE: '1', // Prisma's update check
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};

function pnpm(...args) {
  const result = spawnSync('npx', ['-y', packageManager, ...args], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ pnpm ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const tasks = {
  install() {
    pnpm('install', '--frozen-lockfile', '--prefer-offline');
  },
  start() {
    tasks.install();
    pnpm(
      'turbo',
      'run',
      'build',
      '--filter=@gatehouse/server...',
      '--filter=@gatehouse/web',
      '--output-logs=errors-only',
    );
    pnpm('--filter', '@gatehouse/server', 'run', 'serve', ...process.argv.slice(3));
  },
  test() {
    tasks.install();
    pnpm('run', 'format:check');
    pnpm('run', 'lint');
    pnpm('turbo', 'run', 'typecheck', 'test', '--output-logs=new-only', '--concurrency=1', '--continue');
  },
  bench() {
    tasks.install();
    pnpm('turbo', 'run', 'bench', '--concurrency=1', '--output-logs=full');
  },
};

const task = tasks[process.argv[2]];
if (!task) {
  console.error(`usage: node scripts/pnpm.mjs ${Object.keys(tasks).join('|')}`);
  process.exit(2);
}
task();
