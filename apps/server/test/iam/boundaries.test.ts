// Permissions boundaries on users and roles: put/delete, their effect on what a user may do,
// and iam:PermissionsBoundary in the request context.
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
import { expectDenied, expectError, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let readOnly: { arn: string };
let other: { arn: string };

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  readOnly = await createManagedPolicy(
    server,
    account.accountId,
    'ReadOnlyBoundary',
    allow(['iam:Get*', 'iam:List*']),
  );
  other = await createManagedPolicy(server, account.accountId, 'OtherBoundary', allow('s3:*'));
});
afterAll(() => server?.close());

describe('PUT/DELETE permissions-boundary', () => {
  it('sets, shows, replaces and removes a user boundary', async () => {
    await root.post('/api/users', { userName: 'bounded' });
    const put = await root.put('/api/users/bounded/permissions-boundary', { policyArn: readOnly.arn });
    expectStatus(put, 200);
    expect(put.body).toEqual({
      policyArn: readOnly.arn,
      policyName: 'ReadOnlyBoundary',
      type: 'PermissionsBoundaryPolicy',
    });
    expect((await root.get('/api/users/bounded')).body.permissionsBoundary.policyArn).toBe(readOnly.arn);
    expectStatus(await root.put('/api/users/bounded/permissions-boundary', { policyArn: other.arn }), 200);
    expect((await root.get('/api/users/bounded')).body.permissionsBoundary.policyArn).toBe(other.arn);
    expectStatus(await root.delete('/api/users/bounded/permissions-boundary'), 204);
    expect((await root.get('/api/users/bounded')).body.permissionsBoundary).toBeNull();
    expectError(
      await root.delete('/api/users/bounded/permissions-boundary'),
      404,
      'NoSuchEntity',
      'no permissions boundary',
    );
  });

  it('sets and removes a role boundary', async () => {
    const trust = policyText({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
    await root.post('/api/roles', { roleName: 'bounded-role', trustPolicy: trust });
    expectStatus(
      await root.put('/api/roles/bounded-role/permissions-boundary', { policyArn: other.arn }),
      200,
    );
    expect((await root.get('/api/roles/bounded-role')).body.permissionsBoundary.policyName).toBe(
      'OtherBoundary',
    );
    expectStatus(await root.delete('/api/roles/bounded-role/permissions-boundary'), 204);
    expect((await root.get('/api/roles/bounded-role')).body.permissionsBoundary).toBeNull();
  });

  it('answers NoSuchEntity for a missing policy or owner, ValidationError for a bad ARN', async () => {
    await root.post('/api/users', { userName: 'plain' });
    const missing = `arn:aws:iam::${account.accountId}:policy/Nope`;
    expectError(
      await root.put('/api/users/plain/permissions-boundary', { policyArn: missing }),
      404,
      'NoSuchEntity',
    );
    expectError(
      await root.put('/api/users/ghost/permissions-boundary', { policyArn: other.arn }),
      404,
      'NoSuchEntity',
    );
    expectError(
      await root.put('/api/users/plain/permissions-boundary', { policyArn: 'x' }),
      400,
      'ValidationError',
    );
  });
});

describe('a boundary caps what a user may do', () => {
  it('denies what the identity policy grants but the boundary does not, from the next request on', async () => {
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: { admin: allow('iam:*') },
    });
    const client = await signInAsUser(server, account, user);
    expectStatus(await client.post('/api/users', { userName: 'before-boundary' }), 201);

    expectStatus(
      await root.put(`/api/users/${user.name}/permissions-boundary`, { policyArn: readOnly.arn }),
      200,
    );
    const denied = await client.post('/api/users', { userName: 'after-boundary' });
    expectDenied(denied, 'iam:CreateUser', `arn:aws:iam::${account.accountId}:user/after-boundary`);
    expect(denied.body.error.message).toContain(
      'because no permissions boundary allows the iam:CreateUser action',
    );
    expectStatus(await client.get('/api/users/before-boundary'), 200);

    expectStatus(await root.delete(`/api/users/${user.name}/permissions-boundary`), 204);
    expectStatus(await client.post('/api/users', { userName: 'after-boundary' }), 201);
  });

  it('lets a delegated administrator hand out one boundary only (iam:PermissionsBoundary)', async () => {
    const delegate = await createTestUser(server, account.accountId, {
      inlinePolicies: {
        delegate: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['iam:CreateUser', 'iam:PutUserPermissionsBoundary'],
              Resource: '*',
              Condition: { StringEquals: { 'iam:PermissionsBoundary': readOnly.arn } },
            },
          ],
        },
      },
    });
    const client = await signInAsUser(server, account, delegate);
    const arn = (name: string) => `arn:aws:iam::${account.accountId}:user/${name}`;
    expectStatus(
      await client.post('/api/users', { userName: 'hired', permissionsBoundary: readOnly.arn }),
      201,
    );
    expectDenied(
      await client.post('/api/users', { userName: 'unbounded' }),
      'iam:CreateUser',
      arn('unbounded'),
    );
    expectDenied(
      await client.put('/api/users/hired/permissions-boundary', { policyArn: other.arn }),
      'iam:PutUserPermissionsBoundary',
      arn('hired'),
    );
    expectStatus(await client.put('/api/users/hired/permissions-boundary', { policyArn: readOnly.arn }), 200);
  });
});
