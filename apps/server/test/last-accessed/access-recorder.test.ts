// The in-memory recorder behind authorize's note: one key per entity, service and (for iam, sts
// and organizations) action; the newest time wins, in memory and in the database; a write that
// fails keeps the notes for the next flush.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client.js';
import { AccessRecorder } from '../../src/services/last-accessed/access-recorder.js';
import type { ServiceContext } from '../../src/services/service-context.js';
import { createTestAccount, createTestUser, type TestUser } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let accountId: string;
let user: TestUser;

beforeAll(async () => {
  server = await startTestServer();
  accountId = (await createTestAccount(server)).accountId;
  user = await createTestUser(server, accountId);
});
afterAll(() => server.close());

function contextAt(time: Date): ServiceContext {
  return {
    ...server.publicContext(),
    clock: () => time,
    principal: {
      type: 'user',
      accountId,
      arn: user.arn,
      userId: user.userId,
      userName: user.name,
      path: '/',
      passwordResetRequired: false,
    },
  };
}

const rows = () =>
  server.deps.db.serviceLastAccess.findMany({
    where: { entityId: user.userId },
    orderBy: [{ service: 'asc' }, { action: 'asc' }],
  });

describe('AccessRecorder', () => {
  it('keeps one note per service, and per action for iam, and writes the newest', async () => {
    const recorder = new AccessRecorder(server.deps.db);
    const t1 = new Date('2026-12-01T10:00:00Z');
    const t2 = new Date('2026-12-01T11:00:00Z');
    recorder.note(contextAt(t2), 'iam:ListUsers');
    recorder.note(contextAt(t1), 'iam:ListUsers');
    recorder.note(contextAt(t1), 's3:GetObject');
    recorder.note(contextAt(t1), 'not-an-action');
    expect(recorder.size).toBe(3);
    expect(await recorder.flush()).toBe(3);
    expect(recorder.size).toBe(0);
    expect((await rows()).map((r) => [r.service, r.action, r.lastAccessed.toISOString()])).toEqual([
      ['iam', '', t2.toISOString()],
      ['iam', 'ListUsers', t2.toISOString()],
      ['s3', '', t1.toISOString()],
    ]);
    // Another instance's older note does not move the time back.
    const other = new AccessRecorder(server.deps.db);
    other.note(contextAt(t1), 'iam:ListUsers');
    await other.flush();
    expect((await rows())[0]!.lastAccessed.toISOString()).toBe(t2.toISOString());
  });

  it('keeps the notes when the database cannot be written, for the next flush', async () => {
    const unreachable = createDb('postgresql://gatehouse@127.0.0.1:1/none');
    try {
      const recorder = new AccessRecorder(unreachable);
      recorder.note(contextAt(new Date()), 'iam:GetUser');
      await expect(recorder.flush()).rejects.toThrow();
      expect(recorder.size).toBe(2);
    } finally {
      await unreachable.$disconnect();
    }
  });
});
