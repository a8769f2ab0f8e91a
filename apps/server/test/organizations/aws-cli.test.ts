// The same through the real aws CLI (Debian's awscli at /usr/bin/aws, run with none of the
// machine's configuration): `aws organizations …` builds the organization, `aws sts assume-role`
// switches into the member account, and AWS's error codes come back on stderr.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOW_ALL, uniqueSuffix } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { aws as runAwsCli, cliTestsRun } from '../../src/testing/aws-cli.js';
import { rootClients, userClients, type AwsCredentials } from '../aws/aws-clients.js';

let server: TestServer;
const aws = (credentials: AwsCredentials, args: string[]) => runAwsCli(server.baseUrl, credentials, args);

// Runs wherever the CLI is installed, and always in CI (where its absence must fail).
describe.runIf(cliTestsRun)('aws organizations with the aws CLI', () => {
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  // Each CLI call starts a Python process: seconds apiece on a busy machine.
  it(
    'builds an organization, creates an account, switches into it and is bounded by an SCP',
    { timeout: 300_000 },
    async () => {
      const { account } = await rootClients(server);
      const { credentials } = await userClients(server, account.accountId, {
        managedPolicies: { admin: ALLOW_ALL },
      });
      const created = await aws(credentials, [
        'organizations',
        'create-organization',
        '--feature-set',
        'ALL',
      ]);
      expect(created.code, created.stderr).toBe(0);
      expect(created.json.Organization.MasterAccountId).toBe(account.accountId);
      const roots = await aws(credentials, ['organizations', 'list-roots']);
      const rootId = roots.json.Roots[0].Id as string;
      await aws(credentials, [
        'organizations',
        'enable-policy-type',
        '--root-id',
        rootId,
        '--policy-type',
        'SERVICE_CONTROL_POLICY',
      ]);
      const ou = await aws(credentials, [
        'organizations',
        'create-organizational-unit',
        '--parent-id',
        rootId,
        '--name',
        'workloads',
      ]);
      expect(ou.code, ou.stderr).toBe(0);
      const made = await aws(credentials, [
        'organizations',
        'create-account',
        '--email',
        `dev-${uniqueSuffix()}@example.com`,
        '--account-name',
        'dev',
      ]);
      expect(made.json.CreateAccountStatus.State).toBe('SUCCEEDED');
      const member = made.json.CreateAccountStatus.AccountId as string;
      const moved = await aws(credentials, [
        'organizations',
        'move-account',
        '--account-id',
        member,
        '--source-parent-id',
        rootId,
        '--destination-parent-id',
        ou.json.OrganizationalUnit.Id,
      ]);
      expect(moved.code, moved.stderr).toBe(0);
      const listed = await aws(credentials, ['organizations', 'list-accounts']);
      expect(listed.json.Accounts.map((a: { Id: string }) => a.Id).sort()).toEqual(
        [account.accountId, member].sort(),
      );

      const policy = await aws(credentials, [
        'organizations',
        'create-policy',
        '--name',
        'NoNewUsers',
        '--description',
        'deny iam:CreateUser',
        '--type',
        'SERVICE_CONTROL_POLICY',
        '--content',
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' }],
        }),
      ]);
      expect(policy.code, policy.stderr).toBe(0);
      const attached = await aws(credentials, [
        'organizations',
        'attach-policy',
        '--policy-id',
        policy.json.Policy.PolicySummary.Id,
        '--target-id',
        ou.json.OrganizationalUnit.Id,
      ]);
      expect(attached.code, attached.stderr).toBe(0);

      const assumed = await aws(credentials, [
        'sts',
        'assume-role',
        '--role-arn',
        `arn:aws:iam::${member}:role/OrganizationAccountAccessRole`,
        '--role-session-name',
        'cli',
      ]);
      expect(assumed.code, assumed.stderr).toBe(0);
      const session: AwsCredentials = {
        accessKeyId: assumed.json.Credentials.AccessKeyId,
        secretAccessKey: assumed.json.Credentials.SecretAccessKey,
        sessionToken: assumed.json.Credentials.SessionToken,
      };
      expect((await aws(session, ['iam', 'list-users'])).code).toBe(0);
      const refused = await aws(session, ['iam', 'create-user', '--user-name', 'blocked']);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('AccessDenied');
      expect(refused.stderr).toContain('with an explicit deny in a service control policy');

      const last = await aws(credentials, [
        'organizations',
        'detach-policy',
        '--policy-id',
        'p-FullAWSAccess',
        '--target-id',
        member,
      ]);
      expect(last.code).not.toBe(0);
      expect(last.stderr).toContain('ConstraintViolationException');
    },
  );

  it(
    'answers AWSOrganizationsNotInUseException to an account outside any organization',
    { timeout: 60_000 },
    async () => {
      const { credentials } = await rootClients(server);
      const res = await aws(credentials, ['organizations', 'describe-organization']);
      expect(res.code).not.toBe(0);
      expect(res.stderr).toContain('AWSOrganizationsNotInUseException');
    },
  );
});
