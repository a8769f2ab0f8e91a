// The real aws CLI (Debian's awscli at /usr/bin/aws), run against a test's server with nothing
// of the machine's own configuration: empty config and credentials files, no instance metadata,
// no retries, no pager. Credentials come from the environment of each call. For the e2e suite
// and the server's own CLI tests (exported as `@gatehouse/server/aws-cli`); main.ts never
// imports it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const AWS_CLI = '/usr/bin/aws';

/** Whether the CLI tests run: the CLI is there, or this is CI (where its absence must fail). */
export const cliTestsRun = existsSync(AWS_CLI) || !!process.env.CI;

export interface CliCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

let emptyDir: string | undefined;
function emptyFile(name: string): string {
  emptyDir ??= mkdtempSync(path.join(os.tmpdir(), 'gatehouse-aws-cli-'));
  const file = path.join(emptyDir, name);
  writeFileSync(file, '');
  return file;
}

export function aws(endpoint: string, credentials: CliCredentials, args: string[]): Promise<CliResult> {
  if (!existsSync(AWS_CLI)) {
    throw new Error(`${AWS_CLI} is missing: .ci/run installs Debian's awscli (apt-get install awscli)`);
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {}),
    AWS_CONFIG_FILE: emptyFile('config'),
    AWS_SHARED_CREDENTIALS_FILE: emptyFile('credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
    AWS_PAGER: '',
  };
  const full = [...args, '--endpoint-url', endpoint, '--region', 'us-east-1', '--output', 'json'];
  return new Promise((resolve) => {
    execFile(AWS_CLI, full, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      let json: unknown;
      try {
        json = stdout.trim() ? JSON.parse(stdout) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ code, stdout, stderr, json });
    });
  });
}
