// Managed policy attachments on users, groups and roles: attach (idempotent, 10 per entity,
// iam:PolicyARN), detach, list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createManagedPolicy,
  createTestUser,
  newRootSession,
  signInAsUser,
  type TestAccount,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectDenied, expectError, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
const policies: { arn: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  for (let i = 0; i < 11; i++) {
    policies.push(
      await createManagedPolicy(
        server,
        account.accountId,
        `Attach${String(i).padStart(2, '0')}`,
        allow(`s3:Get${i}`),
      ),
    );
  }
  await root.post('/api/users', { userName: 'ua' });
  await root.post('/api/groups', { groupName: 'ga' });
  await root.post('/api/roles', {
    roleName: 'ra',
    trustPolicy: policyText({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    }),
  });
});
afterAll(() => server?.close());

describe.each([
  ['users', 'ua'],
  ['groups', 'ga'],
  ['roles', 'ra'],
])('/api/%s/:name/attached-policies', (segment, name) => {
  const base = `/api/${segment}/${name}/attached-policies`;

  it('attaches up to 10 policies (then LimitExceeded), idempotently, and lists them by name', async () => {
    for (const p of policies.slice(0, 10)) expectStatus(await root.post(base, { policyArn: p.arn }), 204);
    expectStatus(await root.post(base, { policyArn: policies[0]!.arn }), 204);
    expectError(await root.post(base, { policyArn: policies[10]!.arn }), 409, 'LimitExceeded', '10');
    const list = await root.get(base);
    expect(list.body.items.map((p: { policyName: string }) => p.policyName)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Attach${String(i).padStart(2, '0')}`),
    );
    expect(list.body.items[0]).toEqual({ policyName: 'Attach00', policyArn: policies[0]!.arn });
    const page = await root.get(`${base}?limit=4`);
    const rest = await root.get(`${base}?limit=10&cursor=${page.body.nextCursor}`);
    expect(rest.body.items).toHaveLength(6);
  });

  it('detaches, then answers NoSuchEntity for a policy that is not attached or does not exist', async () => {
    const arn = policies[0]!.arn;
    expectStatus(await root.delete(`${base}/${enc(arn)}`), 204);
    expectError(await root.delete(`${base}/${enc(arn)}`), 404, 'NoSuchEntity', 'not attached');
    const missing = `arn:aws:iam::${account.accountId}:policy/Missing`;
    expectError(await root.post(base, { policyArn: missing }), 404, 'NoSuchEntity');
    expectError(await root.delete(`${base}/${enc(missing)}`), 404, 'NoSuchEntity');
    expectError(await root.post(base, { policyArn: 'arn:aws:s3:::bucket' }), 400, 'ValidationError');
    expectError(
      await root.post(`/api/${segment}/nobody/attached-policies`, { policyArn: arn }),
      404,
      'NoSuchEntity',
    );
  });
});

describe('authorising attachments', () => {
  it('puts the policy ARN in iam:PolicyARN, so an admin can be limited to some policies', async () => {
    const allowed = policies[1]!.arn;
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        attach: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['iam:AttachUserPolicy', 'iam:DetachUserPolicy'],
              Resource: '*',
              Condition: { ArnEquals: { 'iam:PolicyARN': allowed } },
            },
          ],
        },
      },
    });
    const client = await signInAsUser(server, account, user);
    await root.post('/api/users', { userName: 'limited-target' });
    const base = '/api/users/limited-target/attached-policies';
    expectStatus(await client.post(base, { policyArn: allowed }), 204);
    expectDenied(
      await client.post(base, { policyArn: policies[2]!.arn }),
      'iam:AttachUserPolicy',
      `arn:aws:iam::${account.accountId}:user/limited-target`,
    );
    expectStatus(await client.delete(`${base}/${enc(allowed)}`), 204);
    expect((await root.get(base)).body.items).toEqual([]);
  });
});
