// What the real aws CLI (Debian's awscli at /usr/bin/aws, none of the machine's configuration)
// prints when the AWS door refuses a call: the probe's findings as a CLI user meets them.
// probe-door-messages.test.ts and probe-assume-role-denials.test.ts pin the same through the SDK.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, TRUST, userClients, type AwsCredentials } from './aws-clients.js';

const AWS_CLI = '/usr/bin/aws';

let server: TestServer;
let empty: string;

function aws(credentials: AwsCredentials, args: string[]): Promise<{ code: number; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
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
    execFile(AWS_CLI, full, { env, timeout: 60_000 }, (error, _stdout, stderr) => {
      // The CLI may add ` (reached max retries: 0)` after the operation's name: its retry policy's words.
      const printed = stderr.trim().replace(/ operation \(reached max retries: \d+\):/, ' operation:');
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr: printed });
    });
  });
}

// Runs wherever the CLI is installed, and always in CI (where its absence must fail).
describe.runIf(existsSync(AWS_CLI) || !!process.env.CI)('refusals as the aws CLI prints them', () => {
  beforeAll(async () => {
    server = await startTestServer();
    empty = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-probe-cli-'));
    writeFileSync(path.join(empty, 'config'), '');
    writeFileSync(path.join(empty, 'credentials'), '');
  });
  afterAll(() => server?.close());

  // Each CLI call starts a Python process: seconds apiece on a busy machine.
  it(
    'delete-role, tag-role and assume-role refusals say what the caller can act on',
    { timeout: 120_000 },
    async () => {
      const { account, credentials: root } = await rootClients(server);
      const acct = account.accountId;
      const created = await aws(root, [
        'iam',
        'create-role',
        '--role-name',
        'busy',
        '--assume-role-policy-document',
        TRUST,
      ]);
      expect(created.code, created.stderr).toBe(0);
      const attached = await aws(root, [
        'iam',
        'attach-role-policy',
        '--role-name',
        'busy',
        '--policy-arn',
        'arn:aws:iam::aws:policy/ReadOnlyAccess',
      ]);
      expect(attached.code, attached.stderr).toBe(0);

      const deleted = await aws(root, ['iam', 'delete-role', '--role-name', 'busy']);
      expect(deleted.code).not.toBe(0);
      expect(deleted.stderr).toBe(
        'An error occurred (DeleteConflict) when calling the DeleteRole operation: Cannot delete role busy while it has 1 attached policy: remove them first',
      );

      const tags = Array.from({ length: 51 }, (_, i) => `Key=k${i + 1},Value=v`);
      const tagged = await aws(root, ['iam', 'tag-role', '--role-name', 'busy', '--tags', ...tags]);
      expect(tagged.stderr).toContain("Value '[{Key=k1, Value=v}, {Key=k2, Value=v}, ");
      expect(tagged.stderr).toContain("{Key=k51, Value=v}]' at 'tags' failed to satisfy constraint");

      const { credentials: caller, user } = await userClients(server, acct, {
        inlinePolicies: {
          assume: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
          },
        },
      });
      const roleArn = `arn:aws:iam::${acct}:role/busy`;
      const assumed = await aws(caller, [
        'sts',
        'assume-role',
        '--role-arn',
        roleArn,
        '--role-session-name',
        'probe',
      ]);
      expect(assumed.stderr).toBe(
        `An error occurred (AccessDenied) when calling the AssumeRole operation: User: ${user.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn} because no resource-based policy allows the sts:AssumeRole action`,
      );
    },
  );
});
