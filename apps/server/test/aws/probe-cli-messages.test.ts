// What the real aws CLI (Debian's awscli at /usr/bin/aws, none of the machine's configuration)
// prints when the AWS door refuses a call: the probe's findings as a CLI user meets them.
// probe-door-messages.test.ts and probe-assume-role-denials.test.ts pin the same through the SDK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { aws as runAwsCli, cliTestsRun } from '../../src/testing/aws-cli.js';
import { rootClients, TRUST, userClients, type AwsCredentials } from './aws-clients.js';

let server: TestServer;

/** The CLI's exit code and what it printed on stderr, less its retry policy's words. */
async function aws(credentials: AwsCredentials, args: string[]): Promise<{ code: number; stderr: string }> {
  const { code, stderr } = await runAwsCli(server.baseUrl, credentials, args);
  // The CLI may add ` (reached max retries: 0)` after the operation's name: its retry policy's words.
  return { code, stderr: stderr.trim().replace(/ operation \(reached max retries: \d+\):/, ' operation:') };
}

// Runs wherever the CLI is installed, and always in CI (where its absence must fail).
describe.runIf(cliTestsRun)('refusals as the aws CLI prints them', () => {
  beforeAll(async () => {
    server = await startTestServer();
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
