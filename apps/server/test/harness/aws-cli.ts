// The real aws CLI (Debian's awscli at /usr/bin/aws) against a test server, with none of the
// machine's configuration: credentials from the environment, empty config files, no retries.
// Suites that use it run wherever the CLI is installed, and always in CI, where its absence
// must fail (describe.runIf(AWS_CLI_RUNS)).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AwsCredentials } from '../aws/aws-clients.js';
import type { TestServer } from './test-server.js';

export const AWS_CLI = '/usr/bin/aws';

export const AWS_CLI_RUNS = existsSync(AWS_CLI) || !!process.env.CI;

export interface CliResult {
  code: number;
  stderr: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

let emptyConfig: string | undefined;

/** `aws <args> --endpoint-url <server> --region us-east-1 --output json` as `credentials`. */
export function runAwsCli(
  server: TestServer,
  credentials: AwsCredentials,
  args: string[],
): Promise<CliResult> {
  if (!emptyConfig) {
    emptyConfig = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-aws-cli-'));
    writeFileSync(path.join(emptyConfig, 'config'), '');
    writeFileSync(path.join(emptyConfig, 'credentials'), '');
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {}),
    AWS_CONFIG_FILE: path.join(emptyConfig, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(emptyConfig, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
    AWS_PAGER: '',
  };
  const full = [...args, '--endpoint-url', server.baseUrl, '--region', 'us-east-1', '--output', 'json'];
  return new Promise((resolve) => {
    execFile(AWS_CLI, full, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      let json: unknown;
      try {
        json = stdout.trim() ? JSON.parse(stdout) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ code, stderr, json });
    });
  });
}
