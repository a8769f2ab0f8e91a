// AWS's 2011 launch walkthrough of IAM, entirely through the real aws CLI: the root user makes an
// `admins` group that may manage users under /app/, and `jeff` (under /family/) in it; jeff
// creates `backup` and `syndic8` under /app/ with keys and path-scoped rights, is refused under
// /family/ in AWS's words; `backup` works with its own key. Then the console shows the users.
import { test, expect } from '../../support/fixtures.js';
import { ApiClient } from '../../support/api-client.js';
import { aws, cliTestsRun, type CliCredentials } from '../../support/aws-cli.js';

function keyOf(result: {
  json: { AccessKey: { AccessKeyId: string; SecretAccessKey: string } };
}): CliCredentials {
  return {
    accessKeyId: result.json.AccessKey.AccessKeyId,
    secretAccessKey: result.json.AccessKey.SecretAccessKey,
  };
}

if (cliTestsRun) {
  test('the IAM launch walkthrough through the aws CLI', async ({
    playwright,
    freshAccount,
    baseURL,
    page,
  }) => {
    test.setTimeout(180_000);
    const endpoint = baseURL!;
    const { accountId } = freshAccount;
    const request = await playwright.request.newContext({ baseURL: endpoint });
    const api = new ApiClient(request, endpoint);
    await api.signInRoot(freshAccount.email, freshAccount.password);
    const created = await api.post<{ accessKeyId: string; secretAccessKey: string }>(
      '/api/self/access-keys',
      {},
    );
    await request.dispose();
    const root: CliCredentials = {
      accessKeyId: created.accessKeyId,
      secretAccessKey: created.secretAccessKey,
    };
    const run = async (who: CliCredentials, ...args: string[]) => {
      const result = await aws(endpoint, who, args);
      expect(result.code, `aws ${args.join(' ')}\n${result.stderr}`).toBe(0);
      return result;
    };

    const identity = await run(root, 'sts', 'get-caller-identity');
    expect(identity.json).toEqual({
      UserId: accountId,
      Account: accountId,
      Arn: `arn:aws:iam::${accountId}:root`,
    });

    await run(root, 'iam', 'create-group', '--group-name', 'admins');
    const manageApp = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:*',
          Resource: [`arn:aws:iam::${accountId}:user/app/*`, `arn:aws:iam::${accountId}:group/*`],
        },
        { Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' },
      ],
    };
    await run(
      root,
      'iam',
      'put-group-policy',
      '--group-name',
      'admins',
      '--policy-name',
      'manage-app',
      '--policy-document',
      JSON.stringify(manageApp),
    );
    const jeffUser = await run(root, 'iam', 'create-user', '--user-name', 'jeff', '--path', '/family/');
    expect(jeffUser.json.User).toMatchObject({
      UserName: 'jeff',
      Path: '/family/',
      Arn: `arn:aws:iam::${accountId}:user/family/jeff`,
    });
    await run(root, 'iam', 'add-user-to-group', '--group-name', 'admins', '--user-name', 'jeff');
    const jeff = keyOf(await run(root, 'iam', 'create-access-key', '--user-name', 'jeff'));

    // jeff administers /app/.
    await run(jeff, 'iam', 'create-user', '--user-name', 'backup', '--path', '/app/');
    await run(jeff, 'iam', 'create-user', '--user-name', 'syndic8', '--path', '/app/');
    const backup = keyOf(await run(jeff, 'iam', 'create-access-key', '--user-name', 'backup'));
    await run(jeff, 'iam', 'create-access-key', '--user-name', 'syndic8');
    const backupRights = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['iam:GetUser', 'iam:ListAccessKeys'],
          Resource: `arn:aws:iam::${accountId}:user/app/backup`,
        },
      ],
    };
    await run(
      jeff,
      'iam',
      'put-user-policy',
      '--user-name',
      'backup',
      '--policy-name',
      'self',
      '--policy-document',
      JSON.stringify(backupRights),
    );

    // ... and nothing under /family/, refused in AWS's words.
    const refused = await aws(endpoint, jeff, [
      'iam',
      'create-user',
      '--user-name',
      'kid',
      '--path',
      '/family/',
    ]);
    expect(refused.code).not.toBe(0);
    // The CLI puts "(reached max retries: 0)" after the operation name when retries are off.
    expect(refused.stderr).toMatch(
      /An error occurred \(AccessDenied\) when calling the CreateUser operation( \(reached max retries: \d+\))?: /,
    );
    expect(refused.stderr).toContain(
      `User: arn:aws:iam::${accountId}:user/family/jeff is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${accountId}:user/family/kid because no identity-based policy allows the iam:CreateUser action`,
    );

    // backup acts with its own key and path-scoped rights only.
    const me = await run(backup, 'sts', 'get-caller-identity');
    expect(me.json.Arn).toBe(`arn:aws:iam::${accountId}:user/app/backup`);
    const self = await run(backup, 'iam', 'get-user', '--user-name', 'backup');
    expect(self.json.User.Path).toBe('/app/');
    const keys = await run(backup, 'iam', 'list-access-keys', '--user-name', 'backup');
    expect(keys.json.AccessKeyMetadata).toHaveLength(1);
    const other = await aws(endpoint, backup, ['iam', 'get-user', '--user-name', 'syndic8']);
    expect(other.stderr).toContain('(AccessDenied)');

    // The commands of the IAM guides, and what the console shows of them.
    const users = await run(root, 'iam', 'list-users');
    expect(users.json.Users.map((u: { UserName: string }) => u.UserName).sort()).toEqual([
      'backup',
      'jeff',
      'syndic8',
    ]);
    const appUsers = await run(jeff, 'iam', 'list-users', '--path-prefix', '/app/');
    expect(appUsers.json.Users.map((u: { UserName: string }) => u.UserName).sort()).toEqual([
      'backup',
      'syndic8',
    ]);

    await new ApiClient(page.request, endpoint).signInRoot(freshAccount.email, freshAccount.password);
    await page.goto('/users');
    const table = page.getByRole('table').first();
    for (const name of ['backup', 'jeff', 'syndic8'])
      await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'backup', exact: true }).click();
    await expect(page.getByText(`arn:aws:iam::${accountId}:user/app/backup`).first()).toBeVisible();
  });
}
