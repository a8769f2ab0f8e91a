import { statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { masterKeyFor } from '../../src/crypto/master-key.js';
import { openAccessKeySecret } from '../../src/services/credentials/access-keys/access-key-secret.js';
import type { ApiClient } from '../harness/api-client.js';
import {
  allow,
  createTestUser,
  newRootSession,
  signInAsUser,
  type TestAccount,
} from '../harness/fixtures.js';
import type { TestServer } from '../harness/test-server.js';
import { startCredentialServer } from './credential-helpers.js';

let server: TestServer;
let dataDir: string;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  ({ server, dataDir } = await startCredentialServer());
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

async function rawRows(sql: string): Promise<string> {
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    return JSON.stringify((await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

describe('access keys', () => {
  it('returns the secret exactly once and stores only its ciphertext', async () => {
    await root.post('/api/users', { userName: 'builder' });
    const created = await root.post('/api/users/builder/access-keys');
    expect(created.status).toBe(201);
    const { accessKeyId, secretAccessKey } = created.body;
    expect(accessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
    expect(secretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(created.body).toMatchObject({ userName: 'builder', status: 'Active', root: false });

    const list = await root.get('/api/users/builder/access-keys');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      {
        accessKeyId,
        userName: 'builder',
        status: 'Active',
        createDate: created.body.createDate,
        lastUsed: null,
      },
    ]);
    expect(JSON.stringify(list.body)).not.toContain(secretAccessKey);

    // No plaintext anywhere in the database: keys, audit log.
    const everything = await rawRows(
      `SELECT row_to_json(t)::text AS r FROM "AccessKey" t UNION ALL SELECT row_to_json(a)::text FROM "AuditEvent" a`,
    );
    expect(everything).toContain(accessKeyId);
    expect(everything).not.toContain(secretAccessKey);
    // ...but decryptable with the master key, for request signing later.
    const row = await server.deps.db.accessKey.findUniqueOrThrow({ where: { id: accessKeyId } });
    expect(openAccessKeySecret(server.deps.config, accessKeyId, row.secretEncrypted)).toBe(secretAccessKey);
    // A ciphertext moved to another key id does not decrypt.
    expect(() =>
      openAccessKeySecret(server.deps.config, 'AKIAAAAAAAAAAAAAAAAA', row.secretEncrypted),
    ).toThrow();
  });

  it('generates the master key file with mode 0600 beside the data', () => {
    const key = masterKeyFor(server.deps.config);
    expect(key).toHaveLength(32);
    expect(statSync(path.join(dataDir, 'master.key')).mode & 0o777).toBe(0o600);
  });

  it('allows two keys per user, then LimitExceeded', async () => {
    await root.post('/api/users', { userName: 'quota' });
    expect((await root.post('/api/users/quota/access-keys')).status).toBe(201);
    expect((await root.post('/api/users/quota/access-keys')).status).toBe(201);
    const third = await root.post('/api/users/quota/access-keys');
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('LimitExceeded');
    expect(third.body.error.message).toBe('cannot exceed quota for AccessKeysPerUser: 2');
  });

  it('deactivates, reactivates and deletes a key; unknown keys and users are NoSuchEntity', async () => {
    await root.post('/api/users', { userName: 'rotator' });
    const { accessKeyId } = (await root.post('/api/users/rotator/access-keys')).body;
    const off = await root.patch(`/api/users/rotator/access-keys/${accessKeyId}`, { status: 'Inactive' });
    expect(off.status).toBe(200);
    expect(off.body.status).toBe('Inactive');
    expect((await root.get('/api/users/rotator/access-keys')).body.items[0].status).toBe('Inactive');
    const bad = await root.patch(`/api/users/rotator/access-keys/${accessKeyId}`, { status: 'Paused' });
    expect(bad.status).toBe(400);
    // A key of another user is not found under this one.
    await root.post('/api/users', { userName: 'other' });
    const elsewhere = await root.delete(`/api/users/other/access-keys/${accessKeyId}`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.code).toBe('NoSuchEntity');
    expect((await root.delete(`/api/users/rotator/access-keys/${accessKeyId}`)).status).toBe(204);
    expect((await root.get('/api/users/rotator/access-keys')).body.items).toEqual([]);
    expect((await root.get('/api/users/ghost/access-keys')).body.error.code).toBe('NoSuchEntity');
  });

  it('lets the root user hold its own keys, flagged as root keys', async () => {
    const created = await root.post('/api/self/access-keys');
    expect(created.status).toBe(201);
    expect(created.body.root).toBe(true);
    expect(created.body.userName).toBeUndefined();
    const list = await root.get('/api/self/access-keys');
    expect(list.body.items.map((k: { accessKeyId: string }) => k.accessKeyId)).toEqual([
      created.body.accessKeyId,
    ]);
  });

  it('a ${aws:username} policy grants managing one’s own keys and nothing of another user’s', async () => {
    const selfService = allow(
      ['iam:CreateAccessKey', 'iam:ListAccessKeys', 'iam:UpdateAccessKey', 'iam:DeleteAccessKey'],
      'arn:aws:iam::*:user/${aws:username}',
    );
    const alice = await createTestUser(server, account.accountId, { inlinePolicies: { self: selfService } });
    const bob = await createTestUser(server, account.accountId);
    const client = await signInAsUser(server, account, alice);

    const own = await client.post('/api/self/access-keys');
    expect(own.status).toBe(201);
    expect(own.body.userName).toBe(alice.name);
    expect((await client.get(`/api/users/${alice.name}/access-keys`)).status).toBe(200);
    expect(
      (await client.patch(`/api/self/access-keys/${own.body.accessKeyId}`, { status: 'Inactive' })).status,
    ).toBe(200);

    const theirs = await client.post(`/api/users/${bob.name}/access-keys`);
    expect(theirs.status).toBe(403);
    expect(theirs.body.error.message).toBe(
      `User: ${alice.arn} is not authorized to perform: iam:CreateAccessKey on resource: ${bob.arn} because no identity-based policy allows the iam:CreateAccessKey action`,
    );
    expect((await client.get(`/api/users/${bob.name}/access-keys`)).status).toBe(403);
    expect(await server.deps.db.accessKey.count({ where: { userId: bob.userId } })).toBe(0);
  });

  it('a user with access keys cannot be deleted without force; force removes them', async () => {
    await root.post('/api/users', { userName: 'leaving' });
    await root.post('/api/users/leaving/access-keys');
    const refused = await root.delete('/api/users/leaving');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('DeleteConflict');
    expect(refused.body.error.message).toContain('1 access key');
    expect((await root.delete('/api/users/leaving?force=true')).status).toBe(204);
    const removal = await server.deps.db.auditEvent.findFirst({
      where: {
        accountId: account.accountId,
        action: 'iam:DeleteAccessKey',
        resource: { endsWith: ':user/leaving' },
      },
    });
    expect(removal?.result).toBe('Success');
  });
});
