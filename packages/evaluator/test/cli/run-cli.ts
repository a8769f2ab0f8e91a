// Runs gatehouse-policy as a separate process, the way a user does.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('../../', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/gatehouse-policy.mjs', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { input?: string; binPath?: string; fromSource?: boolean } = {},
): CliResult {
  const result = spawnSync(process.execPath, [options.binPath ?? bin, ...args], {
    cwd: packageDir,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, GATEHOUSE_POLICY_FROM_SOURCE: options.fromSource === false ? '0' : '1' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
