// Requests that arrive in the same turn of the event loop share one read of their access keys
// (src/aws/credentials/resolve-caller.ts). Each must still get its own key's answer, and a key
// deactivated before a burst is refused for every request of the burst.
import { GetUserCommand, UpdateAccessKeyCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { resolveCredential } from '../../src/aws/credentials/resolve-caller.js';
import { sqlPoolOf } from '../../src/db/client.js';
import { rootClients, userClients, type AwsClients } from './aws-clients.js';
import { failureOf } from './sdk-results.js';

const INVALID_KEY = { status: 403, code: 'InvalidClientTokenId' };

let server: TestServer;
let root: AwsClients;
let accountId: string;

beforeAll(async () => {
  server = await startTestServer();
  const clients = await rootClients(server);
  root = clients;
  accountId = clients.account.accountId;
});
afterAll(() => server.close());

describe('key reads shared by concurrent requests', () => {
  it('answers each request of a burst for its own key, from one statement', async () => {
    const read = { inlinePolicies: { read: allow('iam:GetUser') } };
    const first = await userClients(server, accountId, read);
    const second = await userClients(server, accountId, read);
    const inactive = await userClients(server, accountId, read);
    await root.iam.send(
      new UpdateAccessKeyCommand({
        UserName: inactive.user.name,
        AccessKeyId: inactive.credentials.accessKeyId,
        Status: 'Inactive',
      }),
    );
    const keys = [first, second, root, inactive].map((c) => c.credentials.accessKeyId);
    const burst = [...keys, 'AKIAZZZZZZZZZZZZZZZZ', ...keys];

    // Every call below is made in the same turn of the event loop, as requests read in one poll.
    const pool = sqlPoolOf(server.deps.db)!;
    const query = pool.query.bind(pool);
    let statements = 0;
    pool.query = ((...args: Parameters<typeof query>) => {
      statements++;
      return query(...args);
    }) as typeof pool.query;
    let answers: (string | undefined)[];
    try {
      answers = await Promise.all(
        burst.map((id) =>
          resolveCredential(server.deps, id, undefined, server.clock.now()).then(
            (c) => c.principal.arn,
            (err: { code?: string }) => err.code,
          ),
        ),
      );
    } finally {
      pool.query = query;
    }
    expect(statements).toBe(1);
    const arns = [first.user.arn, second.user.arn, `arn:aws:iam::${accountId}:root`];
    expect(answers).toEqual([
      ...arns,
      'InvalidClientTokenId',
      'InvalidClientTokenId',
      ...arns,
      'InvalidClientTokenId',
    ]);
  });

  it('refuses every request of a burst sent after the key was deactivated, with every cache warm', async () => {
    const { user, credentials, ...clients } = await userClients(server, accountId, {
      inlinePolicies: { read: allow('iam:GetUser') },
    });
    const burst = () =>
      Promise.all(
        Array.from({ length: 12 }, () =>
          clients.iam.send(new GetUserCommand({ UserName: user.name })).then(
            (out) => out.User?.UserName,
            (err: unknown) => failureOf(Promise.reject(err)),
          ),
        ),
      );
    expect(await burst()).toEqual(Array(12).fill(user.name));
    await root.iam.send(
      new UpdateAccessKeyCommand({
        UserName: user.name,
        AccessKeyId: credentials.accessKeyId,
        Status: 'Inactive',
      }),
    );
    for (const answer of await burst()) expect(answer).toMatchObject(INVALID_KEY);
  });
});
