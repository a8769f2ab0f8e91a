// Inline policies of users, groups and roles: put (create or replace), get, list, delete; the
// evaluator's diagnostics for invalid documents; AWS's per-owner size quotas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { newRootSession } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, expectError, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ root } = await newRootSession(server));
});
afterAll(() => server?.close());

/** A valid identity policy of exactly `size` non-white-space characters. */
function policyOfSize(size: number): string {
  const base = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/' }],
  });
  const pad = size - base.length;
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::b/${'x'.repeat(pad)}` }],
  });
}

const trust = policyText({
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: 'sts:AssumeRole',
});

describe.each([
  ['users', 2048],
  ['groups', 5120],
  ['roles', 10240],
])('/api/%s/:name/inline-policies (quota %i)', (segment, quota) => {
  const owner = `owner-${segment}`;
  const base = `/api/${segment}/${owner}/inline-policies`;

  beforeAll(async () => {
    const body =
      segment === 'users'
        ? { userName: owner }
        : segment === 'groups'
          ? { groupName: owner }
          : { roleName: owner, trustPolicy: trust };
    expectStatus(await root.post(`/api/${segment}`, body), 201);
  });

  it('creates (201), replaces (200), gets, lists and deletes an inline policy, keeping the text as written', async () => {
    const text = policyText({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' });
    const created = await root.put(`${base}/Send`, { document: text });
    expectStatus(created, 201);
    expect(created.body).toMatchObject({ policyName: 'Send', document: text, created: true, warnings: [] });
    const replacement = policyText({ Effect: 'Allow', Action: 'sqs:ReceiveMessage', Resource: '*' });
    const replaced = await root.put(`${base}/Send`, { document: replacement });
    expectStatus(replaced, 200);
    expect(replaced.body.created).toBe(false);
    expect((await root.get(`${base}/Send`)).body).toEqual({ policyName: 'Send', document: replacement });
    await root.put(`${base}/Another`, { document: text });
    expect((await root.get(base)).body.items.map((p: { policyName: string }) => p.policyName)).toEqual([
      'Another',
      'Send',
    ]);
    expectStatus(await root.delete(`${base}/Send`), 204);
    expectError(await root.get(`${base}/Send`), 404, 'NoSuchEntity', '`Send`');
    expectError(await root.delete(`${base}/Send`), 404, 'NoSuchEntity');
    expectStatus(await root.delete(`${base}/Another`), 204);
  });

  it('refuses an invalid document with MalformedPolicyDocument and the diagnostics', async () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Principal": "*"}]\n}';
    const res = await root.put(`${base}/Bad`, { document: text });
    expectError(res, 400, 'MalformedPolicyDocument', 'line 3');
    expect(
      res.body.error.diagnostics.some(
        (d: { severity: string; range?: { start: { line: number } } }) =>
          d.severity === 'error' && d.range?.start.line === 3,
      ),
    ).toBe(true);
    expectError(await root.put(`${base}/Bad`, { document: 'not json' }), 400, 'MalformedPolicyDocument');
    expectError(await root.put(`${base}/Bad`, {}), 400, 'ValidationError');
    expectError(await root.put(`${base}/${enc('bad name')}`, { document: '{}' }), 400, 'ValidationError');
    expectError(await root.get(`${base}/Bad`), 404, 'NoSuchEntity');
  });

  it(`holds all inline policies of one owner together to ${quota} characters`, async () => {
    expectStatus(await root.put(`${base}/Half`, { document: policyOfSize(quota / 2) }), 201);
    // The same size again fits exactly; one character more does not.
    expectStatus(await root.put(`${base}/Other`, { document: policyOfSize(quota / 2) }), 201);
    const over = await root.put(`${base}/Third`, { document: policyOfSize(200) });
    expectError(over, 409, 'LimitExceeded', String(quota));
    // Replacing a policy counts its new size instead of its old one.
    expectStatus(await root.put(`${base}/Other`, { document: policyOfSize(quota / 2 - 200) }), 200);
    expectStatus(await root.put(`${base}/Third`, { document: policyOfSize(200) }), 201);
    // A single document over the quota is refused by itself.
    const single = await root.put(`${base}/Alone`, { document: policyOfSize(quota + 1) });
    expectError(single, 409, 'LimitExceeded');
    expect(single.body.error.diagnostics[0].code).toBe('policy-too-large');
  });
});
