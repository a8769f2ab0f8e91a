// The console's role pages save trust policies through the same services as the AWS door: a
// user or role ARN the policy names must exist (MalformedPolicyDocument, AWS's message), and the
// role's pages keep showing the policy as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { createTestUser, newRootSession, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { expectError, expectStatus, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const trusting = (arn: string) =>
  policyText({ Effect: 'Allow', Principal: { AWS: arn }, Action: 'sts:AssumeRole' });

describe('console: trust policies name principals that exist', () => {
  it('creating a role trusting a missing user is refused in AWS words; trusting one that exists is not', async () => {
    const missing = `arn:aws:iam::${account.accountId}:user/console-nobody`;
    const refused = await root.post('/api/roles', { roleName: 'console-r', trustPolicy: trusting(missing) });
    expectError(refused, 400, 'MalformedPolicyDocument');
    expect(refused.body.error.message).toBe(`Invalid principal in policy: "AWS":"${missing}"`);
    expectError(await root.get('/api/roles/console-r'), 404, 'NoSuchEntity');

    const user = await createTestUser(server, account.accountId, {
      name: 'console-somebody',
      password: null,
    });
    const text = trusting(user.arn);
    expectStatus(await root.post('/api/roles', { roleName: 'console-r', trustPolicy: text }), 201);
    const missingRole = `arn:aws:iam::${account.accountId}:role/console-gone`;
    const update = await root.put('/api/roles/console-r/trust-policy', { document: trusting(missingRole) });
    expectError(update, 400, 'MalformedPolicyDocument');
    expect(update.body.error.message).toBe(`Invalid principal in policy: "AWS":"${missingRole}"`);
    const shown = await root.get('/api/roles/console-r');
    expectStatus(shown, 200);
    expect(shown.body.trustPolicy).toBe(text);
  });
});
