// Roles: create with a trust policy (validated as kind `trust`, 2,048 quota), description,
// maximum session duration, tags; get, list, update, trust policy update, delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { allow, createManagedPolicy, newRootSession, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectError, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const trust = (service = 'ec2.amazonaws.com') =>
  policyText({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });

describe('POST /api/roles', () => {
  it('creates a role with everything and GET shows it, trust policy text as written', async () => {
    const boundary = await createManagedPolicy(server, account.accountId, 'role-boundary', allow('s3:*'));
    const text = trust();
    const res = await root.post('/api/roles', {
      roleName: 'WebServer',
      path: '/service/',
      trustPolicy: text,
      description: 'Runs the web tier',
      maxSessionDuration: 7200,
      tags: [{ key: 'tier', value: 'web' }],
      permissionsBoundary: boundary.arn,
    });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      roleName: 'WebServer',
      path: '/service/',
      arn: `arn:aws:iam::${account.accountId}:role/service/WebServer`,
      trustPolicy: text,
      description: 'Runs the web tier',
      maxSessionDuration: 7200,
      roleLastUsed: null,
      tags: [{ key: 'tier', value: 'web' }],
      permissionsBoundary: { policyArn: boundary.arn },
      warnings: [],
    });
    expect(res.body.roleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    const got = await root.get('/api/roles/webserver');
    const { warnings: _w, ...role } = res.body;
    expect(got.body).toEqual(role);
    expect((await root.get('/api/roles')).body.items.map((r: { roleName: string }) => r.roleName)).toContain(
      'WebServer',
    );
  });

  it('defaults to a one-hour session and no description', async () => {
    const res = await root.post('/api/roles', { roleName: 'plain-role', trustPolicy: trust() });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ maxSessionDuration: 3600, description: null, path: '/' });
  });

  it('refuses a trust policy AWS would refuse, with the evaluator diagnostics (line and column)', async () => {
    const bad = policyText({ Effect: 'Allow', Action: 'sts:AssumeRole' });
    const res = await root.post('/api/roles', { roleName: 'no-principal', trustPolicy: bad });
    expectError(res, 400, 'MalformedPolicyDocument', 'trust policy');
    expect(res.body.error.diagnostics.length).toBeGreaterThan(0);
    expect(res.body.error.diagnostics[0]).toMatchObject({
      severity: 'error',
      range: { start: { line: expect.any(Number) } },
    });
    expectError(await root.get('/api/roles/no-principal'), 404, 'NoSuchEntity');
    const syntax = await root.post('/api/roles', {
      roleName: 'broken',
      trustPolicy: '{"Version": "2012-10-17",',
    });
    expectError(syntax, 400, 'MalformedPolicyDocument', 'line 1');
  });

  it('holds the trust policy to 2,048 characters (LimitExceeded)', async () => {
    const services = Array.from({ length: 120 }, (_, i) => `svc${String(i).padStart(3, '0')}.amazonaws.com`);
    const big = policyText({ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' });
    const res = await root.post('/api/roles', { roleName: 'huge', trustPolicy: big });
    expectError(res, 409, 'LimitExceeded', '2048');
    expect(res.body.error.diagnostics[0].code).toBe('policy-too-large');
  });

  it.each([
    [{ roleName: 'r', trustPolicy: trust(), maxSessionDuration: 3599 }, 'maxSessionDuration'],
    [{ roleName: 'r', trustPolicy: trust(), maxSessionDuration: 43201 }, 'maxSessionDuration'],
    [{ roleName: 'r', trustPolicy: trust(), maxSessionDuration: 3600.5 }, 'maxSessionDuration'],
    [{ roleName: 'r', trustPolicy: trust(), description: 'x'.repeat(1001) }, 'description'],
    [{ roleName: 'r'.repeat(65), trustPolicy: trust() }, 'roleName'],
    [{ roleName: 'r' }, 'trustPolicy'],
    [{ roleName: 'r', trustPolicy: { Version: '2012-10-17' } }, 'trustPolicy'],
  ])('refuses %j with a field error on `%s`', async (body, field) => {
    const res = await root.post('/api/roles', body);
    expectError(res, 400, 'ValidationError');
    expect(res.body.error.fieldErrors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('refuses a duplicate name in any case', async () => {
    await root.post('/api/roles', { roleName: 'Deployer', trustPolicy: trust() });
    expectError(
      await root.post('/api/roles', { roleName: 'DEPLOYER', trustPolicy: trust() }),
      409,
      'EntityAlreadyExists',
    );
  });
});

describe('changing roles', () => {
  it('updates description and session duration, and replaces the trust policy', async () => {
    await root.post('/api/roles', { roleName: 'changing', trustPolicy: trust() });
    const updated = await root.patch('/api/roles/changing', {
      description: 'now described',
      maxSessionDuration: 43200,
    });
    expectStatus(updated, 200);
    expect(updated.body).toMatchObject({ description: 'now described', maxSessionDuration: 43200 });
    expectError(await root.patch('/api/roles/changing', {}), 400, 'ValidationError');

    const next = trust('lambda.amazonaws.com');
    const res = await root.put('/api/roles/changing/trust-policy', { document: next });
    expectStatus(res, 200);
    expect(res.body.trustPolicy).toBe(next);
    expect((await root.get('/api/roles/changing')).body.trustPolicy).toBe(next);
    const bad = await root.put('/api/roles/changing/trust-policy', {
      document: policyText({ Effect: 'Allow' }),
    });
    expectError(bad, 400, 'MalformedPolicyDocument');
    expect((await root.get('/api/roles/changing')).body.trustPolicy).toBe(next);
    expectError(await root.put('/api/roles/ghost/trust-policy', { document: next }), 404, 'NoSuchEntity');
  });

  it('keeps DeleteConflict while the role has policies; force removes them', async () => {
    const policy = await createManagedPolicy(server, account.accountId, 'role-perm', allow('s3:GetObject'));
    await root.post('/api/roles', { roleName: 'worker', trustPolicy: trust() });
    expectStatus(await root.post('/api/roles/worker/attached-policies', { policyArn: policy.arn }), 204);
    expectStatus(
      await root.put('/api/roles/worker/inline-policies/p', { document: JSON.stringify(allow('sqs:*')) }),
      201,
    );
    expectError(
      await root.delete('/api/roles/worker'),
      409,
      'DeleteConflict',
      '1 attached policy',
      '1 inline policy',
    );
    expectStatus(await root.delete('/api/roles/worker?force=true'), 204);
    expectError(await root.get('/api/roles/worker'), 404, 'NoSuchEntity');
    expect((await root.get(`/api/policies/${enc(policy.arn)}`)).body.attachmentCount).toBe(0);
    await root.post('/api/roles', { roleName: 'idle', trustPolicy: trust() });
    expectStatus(await root.delete('/api/roles/idle'), 204);
  });
});
