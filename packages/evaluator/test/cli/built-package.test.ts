// The published shape: the CLI builds beside the library and bin/gatehouse-policy.mjs runs the
// built code, with no TypeScript loader.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, packageDir, runCli } from './run-cli.js';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('built package', () => {
  it('builds and runs without tsx', () => {
    const out = mkdtempSync(join(tmpdir(), 'gatehouse-build-'));
    const dist = join(out, 'dist');
    // tsconfig.cli.json emits the library too; `npm run build` also compiles it alone without Node types.
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json', '--outDir', dist], { cwd: packageDir });
    mkdirSync(join(out, 'bin'));
    copyFileSync(bin, join(out, 'bin', 'gatehouse-policy.mjs'));
    writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }));
    const result = runCli(['test', 'examples/suite.json'], {
      binPath: join(out, 'bin', 'gatehouse-policy.mjs'),
      fromSource: false,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('9 passed, 0 failed');
    expect(result.status).toBe(0);
  });
});
