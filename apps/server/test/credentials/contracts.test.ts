// Every credentials response matches its zod schema in @gatehouse/contracts/credentials exactly: the
// parse succeeds (nothing missing or mistyped) and strips nothing (no extra members).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  accessKeyListSchema,
  accessKeySchema,
  createdAccessKeySchema,
} from '@gatehouse/contracts/credentials/access-keys';
import { accountSecuritySchema } from '@gatehouse/contracts/credentials/account-security';
import {
  credentialReportSchema,
  generateCredentialReportResponseSchema,
} from '@gatehouse/contracts/credentials/credential-report';
import {
  createdVirtualMfaDeviceSchema,
  mfaDeviceListSchema,
} from '@gatehouse/contracts/credentials/mfa-devices';
import { mfaChallengeSchema } from '@gatehouse/contracts/credentials/mfa-sign-in';
import { passwordPolicyResponseSchema } from '@gatehouse/contracts/credentials/password-policy';
import { ApiClient } from '../harness/api-client.js';
import { newRootSession, type TestAccount } from '../harness/fixtures.js';
import type { TestServer } from '../harness/test-server.js';
import { addMfaDevice, startCredentialServer } from './credential-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  ({ server } = await startCredentialServer());
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

function conforms(schema: z.ZodType, res: { status: number; body: unknown }, status = 200): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const parsed = schema.safeParse(res.body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(parsed.data).toEqual(res.body);
}

it('credential responses match their schemas exactly', async () => {
  await root.post('/api/users', { userName: 'contract' });
  const created = await root.post('/api/users/contract/access-keys');
  conforms(createdAccessKeySchema, created, 201);
  conforms(accessKeyListSchema, await root.get('/api/users/contract/access-keys'));
  conforms(
    accessKeySchema,
    await root.patch(`/api/users/contract/access-keys/${created.body.accessKeyId}`, { status: 'Inactive' }),
  );
  conforms(createdAccessKeySchema, await root.post('/api/self/access-keys'), 201);

  conforms(
    createdVirtualMfaDeviceSchema,
    await root.post('/api/users/contract/mfa-devices', { deviceName: 'contract-1' }),
    201,
  );
  conforms(mfaDeviceListSchema, await root.get('/api/users/contract/mfa-devices'));

  conforms(passwordPolicyResponseSchema, await root.get('/api/account/password-policy'));
  conforms(
    passwordPolicyResponseSchema,
    await root.put('/api/account/password-policy', { maxPasswordAge: 10 }),
  );
  conforms(passwordPolicyResponseSchema, await root.get('/api/account/password-policy'));

  conforms(generateCredentialReportResponseSchema, await root.post('/api/credential-report'));
  conforms(credentialReportSchema, await root.get('/api/credential-report'));
  conforms(accountSecuritySchema, await root.get('/api/account/security'));

  await addMfaDevice(server, root, '/self', `contract-root-${account.accountId}`);
  const browser = new ApiClient(server.baseUrl);
  conforms(
    mfaChallengeSchema,
    await browser.post('/api/auth/signin/root', { email: account.email, password: account.password }),
  );
});
