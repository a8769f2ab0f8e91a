// The walkthrough from IAM's launch: a root user delegates administration of the `/app/`
// users to Jeff, who can manage exactly those and nothing under `/family/`.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient } from '../harness/api-client.js';
import { newRootSession, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectDenied, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const JEFF_PASSWORD = 'Jeffs-Console-Pass-1';

it('root delegates /app/ to Jeff; Jeff manages /app/ users and is refused /family/', async () => {
  const acct = account.accountId;
  const alias = `walkthrough-${acct}`;

  // The root user names the account and sets up an `admins` group for the /app/ users.
  expectStatus(await root.put('/api/account/alias', { alias }), 200);
  expectStatus(await root.post('/api/groups', { groupName: 'admins' }), 201);
  const appAdmin = policyText({
    Effect: 'Allow',
    Action: 'iam:*',
    Resource: `arn:aws:iam::${acct}:user/app/*`,
  });
  expectStatus(await root.put('/api/groups/admins/inline-policies/AppAdmin', { document: appAdmin }), 201);

  // Jeff lives under /family/, gets a console password and joins `admins`.
  const jeffRes = await root.post('/api/users', { userName: 'jeff', path: '/family/' });
  expectStatus(jeffRes, 201);
  expect(jeffRes.body.arn).toBe(`arn:aws:iam::${acct}:user/family/jeff`);
  expectStatus(await root.put('/api/users/jeff/login-profile', { password: JEFF_PASSWORD }), 201);
  expectStatus(await root.post('/api/groups/admins/members', { userName: 'jeff' }), 204);

  // Jeff signs in at the account's alias.
  const info = await new ApiClient(server.baseUrl).get(`/api/signin-info/${alias}`);
  expect(info.body).toEqual({ accountId: acct, alias });
  const jeff = new ApiClient(server.baseUrl);
  const signIn = await jeff.post('/api/auth/signin/iam', {
    account: alias,
    userName: 'jeff',
    password: JEFF_PASSWORD,
  });
  expectStatus(signIn, 200);
  expect(signIn.body).toMatchObject({
    type: 'user',
    userName: 'jeff',
    arn: `arn:aws:iam::${acct}:user/family/jeff`,
  });

  // He creates the two application users and lists /app/.
  for (const userName of ['backup', 'syndic8']) {
    const res = await jeff.post('/api/users', { userName, path: '/app/' });
    expectStatus(res, 201);
    expect(res.body.arn).toBe(`arn:aws:iam::${acct}:user/app/${userName}`);
  }
  const list = await jeff.get(`/api/users?pathPrefix=${enc('/app/')}`);
  expectStatus(list, 200);
  expect(list.body.items.map((u: { userName: string; path: string }) => `${u.path}${u.userName}`)).toEqual([
    '/app/backup',
    '/app/syndic8',
  ]);

  // He lets `backup` do anything in S3.
  const s3 = policyText({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
  expectStatus(await jeff.put('/api/users/backup/inline-policies/BackupS3', { document: s3 }), 201);
  expect((await jeff.get('/api/users/backup/inline-policies/BackupS3')).body.document).toBe(s3);

  // /family/ is out of his reach: creating a user there and listing it are refused, naming the
  // action and the resource, and nothing is created.
  expectDenied(
    await jeff.post('/api/users', { userName: 'cousin', path: '/family/' }),
    'iam:CreateUser',
    `arn:aws:iam::${acct}:user/family/cousin`,
  );
  const listFamily = await jeff.get(`/api/users?pathPrefix=${enc('/family/')}`);
  expectDenied(listFamily, 'iam:ListUsers', `arn:aws:iam::${acct}:user/family/`);
  expect(listFamily.body.error.message).toBe(
    `User: arn:aws:iam::${acct}:user/family/jeff is not authorized to perform: iam:ListUsers on resource: ` +
      `arn:aws:iam::${acct}:user/family/ because no identity-based policy allows the iam:ListUsers action`,
  );
  // Nor may he change himself, who lives under /family/.
  expectDenied(await jeff.get('/api/users/jeff'), 'iam:GetUser', `arn:aws:iam::${acct}:user/family/jeff`);

  // The root user sees the result: two /app/ users, backup with its S3 policy, no cousin.
  const all = await root.get('/api/users');
  expect(all.body.items.map((u: { userName: string }) => u.userName)).toEqual(['backup', 'jeff', 'syndic8']);
  const effective = await root.get('/api/users/backup/effective-policies');
  expect(effective.body.items).toEqual([expect.objectContaining({ policyName: 'BackupS3', document: s3 })]);
  const denials = await server.deps.db.auditEvent.findMany({
    where: { accountId: acct, result: 'Denied', principalArn: `arn:aws:iam::${acct}:user/family/jeff` },
  });
  expect(denials.map((d) => d.action).sort()).toEqual(['iam:CreateUser', 'iam:GetUser', 'iam:ListUsers']);
});
