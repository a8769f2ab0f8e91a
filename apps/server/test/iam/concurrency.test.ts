// Concurrent requests against the same names and quotas: the database decides, exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../harness/api-client.js';
import { allow, createManagedPolicy, newRootSession, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { enc, policyText } from './iam-helpers.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

function tally(statuses: { status: number; body: { error?: { code: string } } }[]) {
  const out: Record<string, number> = {};
  for (const r of statuses) {
    const key = r.status < 300 ? String(r.status) : `${r.status} ${r.body.error?.code}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

describe('concurrency', () => {
  it('50 parallel creates of one user name, in several cases: exactly one succeeds', async () => {
    const variants = ['racer', 'Racer', 'RACER', 'rAcEr', 'racER'];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        root.post('/api/users', { userName: variants[i % variants.length], path: `/p${i}/` }),
      ),
    );
    expect(tally(results)).toEqual({ '201': 1, '409 EntityAlreadyExists': 49 });
    const rows = await server.deps.db.user.findMany({
      where: { accountId: account.accountId, nameLower: 'racer' },
    });
    expect(rows).toHaveLength(1);
  });

  it('parallel new versions never take a policy past 5', async () => {
    const policy = await createManagedPolicy(server, account.accountId, 'Contended', allow('s3:GetObject'));
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        root.post(`/api/policies/${enc(policy.arn)}/versions`, {
          document: policyText({ Effect: 'Allow', Action: `s3:Get${i}`, Resource: '*' }),
          setAsDefault: i % 2 === 0,
        }),
      ),
    );
    expect(tally(results)).toEqual({ '201': 4, '409 LimitExceeded': 8 });
    const versions = await server.deps.db.policyVersion.findMany({ where: { policyId: policy.id } });
    expect(versions.map((v) => v.versionId).sort()).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
  });

  it('parallel attaches and group joins never pass the quota of 10', async () => {
    await root.post('/api/users', { userName: 'crowded' });
    const policies = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        createManagedPolicy(server, account.accountId, `Crowd${i}`, allow(`sqs:Get${i}`)),
      ),
    );
    const attaches = await Promise.all(
      policies.map((p) => root.post('/api/users/crowded/attached-policies', { policyArn: p.arn })),
    );
    expect(tally(attaches)).toEqual({ '204': 10, '409 LimitExceeded': 4 });
    await Promise.all(
      Array.from({ length: 14 }, (_, i) => root.post('/api/groups', { groupName: `crowd-${i}` })),
    );
    const joins = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        root.post(`/api/groups/crowd-${i}/members`, { userName: 'crowded' }),
      ),
    );
    expect(tally(joins)).toEqual({ '204': 10, '409 LimitExceeded': 4 });
  });
});
