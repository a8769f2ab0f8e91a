// The aws CLI that lets `iam get-login-profile` go without --user-name (one whose botocore knows
// AWS made UserName optional: the `aws` first on PATH here, the CLI v1) against the AWS door:
// an IAM user reads its own login profile, the root user is told to name the user. A CLI with an
// older model refuses the call itself, so there is nothing of the door's to see: skipped.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allow } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, userClients, type AwsCredentials } from './aws-clients.js';

let server: TestServer;
let empty: string;
beforeAll(async () => {
  server = await startTestServer();
  empty = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-cli-defaults-'));
  writeFileSync(path.join(empty, 'config'), '');
  writeFileSync(path.join(empty, 'credentials'), '');
});
afterAll(() => server?.close());

function aws(
  credentials: AwsCredentials,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.PYENV_ROOT ? { PYENV_ROOT: process.env.PYENV_ROOT } : {}),
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_CONFIG_FILE: path.join(empty, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(empty, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
    AWS_PAGER: '',
  };
  const full = [...args, '--endpoint-url', server.baseUrl, '--region', 'us-east-1', '--output', 'json'];
  return new Promise((resolve) => {
    execFile('aws', full, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: stderr.trim() });
    });
  });
}

it(
  'get-login-profile without --user-name reads the caller’s own, and tells the root user to name one',
  { timeout: 120_000 },
  async (ctx) => {
    const { account, credentials: root } = await rootClients(server);
    const { user, credentials } = await userClients(server, account.accountId, {
      inlinePolicies: { self: allow('iam:GetLoginProfile', 'arn:aws:iam::*:user/${aws:username}') },
    });
    const own = await aws(credentials, ['iam', 'get-login-profile']);
    if (own.code !== 0 && /required: --user-name|ENOENT|not found/.test(own.stderr + own.code)) {
      ctx.skip(`no aws CLI whose model lets UserName go: ${own.stderr.split('\n').pop()}`);
    }
    expect(own.code, own.stderr).toBe(0);
    expect(JSON.parse(own.stdout)).toEqual({
      LoginProfile: { UserName: user.name, CreateDate: expect.any(String), PasswordResetRequired: false },
    });

    const asRoot = await aws(root, ['iam', 'get-login-profile']);
    expect(asRoot.code).not.toBe(0);
    expect(asRoot.stderr.replace(/ operation \(reached max retries: \d+\):/, ' operation:')).toBe(
      'An error occurred (ValidationError) when calling the GetLoginProfile operation: Must specify userName when calling with non-User credentials',
    );
  },
);
