// POST /api/simulator/principal-policy and /custom-policy: decisions and explanations from the
// shared evaluator, authorised as iam:SimulatePrincipalPolicy / iam:SimulateCustomPolicy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createTestUser,
  deny,
  newRootSession,
  signInAsUser,
  type TestAccount,
  type TestUser,
} from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;
let target: TestUser;

const BUCKET = 'arn:aws:s3:::reports';
const readFromOffice = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadReportsFromOffice',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `${BUCKET}/*`,
      Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    },
  ],
};

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
  target = await createTestUser(server, account.accountId, {
    name: 'ana',
    inlinePolicies: { 'read-reports': readFromOffice },
    groups: { auditors: { inlinePolicies: { 'no-delete': deny('s3:DeleteObject') } } },
  });
});
afterAll(() => server?.close());

const byAction = (body: { results: { action: string; decision: string }[] }) =>
  Object.fromEntries(body.results.map((r) => [r.action, r.decision]));

describe('POST /api/simulator/principal-policy', () => {
  it('decides each action on the user’s effective policies, with the deciding statement', async () => {
    const res = await root.post('/api/simulator/principal-policy', {
      userName: 'ana',
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      resources: [`${BUCKET}/q3.pdf`],
      context: { 'aws:SourceIp': '203.0.113.9' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.principalArn).toBe(target.arn);
    expect(byAction(res.body)).toEqual({
      's3:GetObject': 'Allow',
      's3:PutObject': 'ImplicitDeny',
      's3:DeleteObject': 'ExplicitDeny',
    });
    const get = res.body.results[0];
    expect(get.explanation.decidedBy).toEqual([
      expect.objectContaining({
        policyId: `${target.arn}:inline/read-reports`,
        sid: 'ReadReportsFromOffice',
        index: 0,
      }),
    ]);
    expect(res.body.policies.map((p: { name: string }) => p.name)).toEqual([
      'read-reports (inline)',
      expect.stringMatching(/^no-delete \(inline, via group auditors-\w+\)$/),
    ]);
  });

  it('denies implicitly when a condition does not match, and says which', async () => {
    const res = await root.post('/api/simulator/principal-policy', {
      principalArn: target.arn,
      actions: ['s3:GetObject'],
      resources: [`${BUCKET}/q3.pdf`],
      context: { 'aws:SourceIp': '198.51.100.7' },
    });
    expect(res.status).toBe(200);
    const result = res.body.results[0];
    expect(result.decision).toBe('ImplicitDeny');
    const statement = result.explanation.policies[0].statements[0];
    expect(statement.conditions[0]).toMatchObject({ key: 'aws:SourceIp', matched: false });
  });

  it('simulates a group’s own policies and a role’s', async () => {
    const groupName = (
      await server.deps.db.group.findFirstOrThrow({ where: { accountId: account.accountId } })
    ).name;
    const group = await root.post('/api/simulator/principal-policy', {
      groupName,
      actions: ['s3:DeleteObject', 's3:GetObject'],
    });
    expect(group.status, JSON.stringify(group.body)).toBe(200);
    expect(byAction(group.body)).toEqual({
      's3:DeleteObject': 'ExplicitDeny',
      's3:GetObject': 'ImplicitDeny',
    });
    await root.post('/api/roles', {
      roleName: 'reader',
      trustPolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    });
    await root.put('/api/roles/reader/inline-policies/read', { document: JSON.stringify(allow('s3:Get*')) });
    const role = await root.post('/api/simulator/principal-policy', {
      roleName: 'reader',
      actions: ['s3:GetObject', 's3:PutObject'],
    });
    expect(role.status, JSON.stringify(role.body)).toBe(200);
    expect(byAction(role.body)).toEqual({ 's3:GetObject': 'Allow', 's3:PutObject': 'ImplicitDeny' });
  });

  it('rejects bad input with ValidationError, InvalidInput or NoSuchEntity', async () => {
    const none = await root.post('/api/simulator/principal-policy', { actions: ['s3:GetObject'] });
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('ValidationError');
    expect(none.body.error.message).toContain('name exactly one principal');
    const badAction = await root.post('/api/simulator/principal-policy', {
      userName: 'ana',
      actions: ['GetObject'],
    });
    expect(badAction.status).toBe(400);
    expect(badAction.body.error.fieldErrors[0]).toMatchObject({ path: 'actions.0' });
    const noActions = await root.post('/api/simulator/principal-policy', { userName: 'ana', actions: [] });
    expect(noActions.body.error.message).toBe('invalid `actions`: choose at least one action');
    const badArn = await root.post('/api/simulator/principal-policy', {
      principalArn: 'arn:aws:s3:::bucket',
      actions: ['s3:GetObject'],
    });
    expect(badArn.status).toBe(400);
    expect(badArn.body.error.code).toBe('InvalidInput');
    const missing = await root.post('/api/simulator/principal-policy', {
      userName: 'nobody',
      actions: ['s3:GetObject'],
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: 'NoSuchEntity',
      message: 'the user with name `nobody` cannot be found',
    });
  });

  it('refuses a user without iam:SimulatePrincipalPolicy, and allows one who has it', async () => {
    const plain = await createTestUser(server, account.accountId);
    const client = await signInAsUser(server, account, plain);
    const res = await client.post('/api/simulator/principal-policy', {
      userName: 'ana',
      actions: ['s3:GetObject'],
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'AccessDenied',
      action: 'iam:SimulatePrincipalPolicy',
      resource: target.arn,
    });
    const allowed = await createTestUser(server, account.accountId, {
      inlinePolicies: { sim: allow('iam:SimulatePrincipalPolicy', target.arn) },
    });
    const ok = await (
      await signInAsUser(server, account, allowed)
    ).post('/api/simulator/principal-policy', {
      userName: 'ana',
      actions: ['s3:GetObject'],
    });
    expect(ok.status).toBe(200);
  });
});

describe('POST /api/simulator/custom-policy', () => {
  it('evaluates pasted policies', async () => {
    const res = await root.post('/api/simulator/custom-policy', {
      policies: [JSON.stringify(readFromOffice), JSON.stringify(deny('s3:GetObject', `${BUCKET}/secret/*`))],
      actions: ['s3:GetObject'],
      resources: [`${BUCKET}/q3.pdf`, `${BUCKET}/secret/plan.pdf`],
      context: { 'aws:SourceIp': '203.0.113.20' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(
      res.body.results.map((r: { resource: string; decision: string }) => [r.resource, r.decision]),
    ).toEqual([
      [`${BUCKET}/q3.pdf`, 'Allow'],
      [`${BUCKET}/secret/plan.pdf`, 'ExplicitDeny'],
    ]);
    expect(res.body.results[1].explanation.decidedBy[0]).toMatchObject({ policyName: 'Custom policy 2' });
  });

  it('refuses a malformed policy with its diagnostics', async () => {
    const res = await root.post('/api/simulator/custom-policy', {
      policies: ['{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}]}'],
      actions: ['s3:GetObject'],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MalformedPolicyDocument');
    expect(res.body.error.message).toMatch(/^policy 1 is not a valid policy: /);
    expect(res.body.error.diagnostics.map((d: { code: string }) => d.code)).toContain('missing-resource');
  });

  it('refuses a user without iam:SimulateCustomPolicy', async () => {
    const plain = await createTestUser(server, account.accountId);
    const client = await signInAsUser(server, account, plain);
    const res = await client.post('/api/simulator/custom-policy', {
      policies: [JSON.stringify(allow('s3:*'))],
      actions: ['s3:GetObject'],
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'AccessDenied',
      action: 'iam:SimulateCustomPolicy',
      resource: '*',
    });
  });
});
