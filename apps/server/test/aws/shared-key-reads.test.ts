// Requests that arrive in the same turn of the event loop share one read of their access keys or
// temporary credentials (src/aws/credentials/resolve-caller.ts), which also carries the account's
// authzVersion for the policy cache. Each must still get its own credential's answer, a key
// deactivated before a burst is refused for every request of the burst, and a role session's
// cached policy set follows a change to the role's policies at once.
import {
  CreateRoleCommand,
  GetUserCommand,
  PutRolePolicyCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { resolveCredential } from '../../src/aws/credentials/resolve-caller.js';
import { sqlPoolOf } from '../../src/db/client.js';
import { awsClients, rootClients, userClients, type AwsClients } from './aws-clients.js';
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

/** Runs `calls` (made in one turn of the event loop, as requests read in one poll) and counts the statements sent. */
async function inOneTurn<T>(calls: () => Promise<T>[]): Promise<{ answers: T[]; statements: number }> {
  const pool = sqlPoolOf(server.deps.db)!;
  const query = pool.query.bind(pool);
  let statements = 0;
  pool.query = ((...args: Parameters<typeof query>) => {
    statements++;
    return query(...args);
  }) as typeof pool.query;
  try {
    return { answers: await Promise.all(calls()), statements };
  } finally {
    pool.query = query;
  }
}

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

    const { answers, statements } = await inOneTurn(() =>
      burst.map((id) =>
        resolveCredential(server.deps, id, undefined, server.clock.now()).then(
          (c) => c.principal.arn,
          (err: { code?: string }) => err.code,
        ),
      ),
    );
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

  it('answers role sessions of a burst each for its own credential and token, from one statement', async () => {
    const { user, sts } = await userClients(server, accountId, {
      inlinePolicies: { assume: allow('sts:AssumeRole') },
    });
    const role = await root.iam.send(
      new CreateRoleCommand({
        RoleName: 'shared-reads',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: user.arn }, Action: 'sts:AssumeRole' }],
        }),
      }),
    );
    const assume = (name: string) =>
      sts.send(new AssumeRoleCommand({ RoleArn: role.Role!.Arn!, RoleSessionName: name }));
    const [a, b] = [(await assume('first')).Credentials!, (await assume('second')).Credentials!];
    const sessionArn = (name: string) => `arn:aws:sts::${accountId}:assumed-role/shared-reads/${name}`;

    const burst: [string, string][] = [
      [a.AccessKeyId!, a.SessionToken!],
      [b.AccessKeyId!, b.SessionToken!],
      [a.AccessKeyId!, b.SessionToken!],
      [b.AccessKeyId!, b.SessionToken!],
    ];
    const { answers, statements } = await inOneTurn(() =>
      burst.map(([id, token]) =>
        resolveCredential(server.deps, id, token, server.clock.now()).then(
          (c) => [c.principal.arn, c.authzVersion !== undefined] as const,
          (err: { code?: string }) => err.code,
        ),
      ),
    );
    expect(statements).toBe(1);
    expect(answers).toEqual([
      [sessionArn('first'), true],
      [sessionArn('second'), true],
      'InvalidClientTokenId',
      [sessionArn('second'), true],
    ]);
  });

  it('applies a role policy change to a role session from the next request on, with its cache warm', async () => {
    const { user, sts } = await userClients(server, accountId, {
      inlinePolicies: { assume: allow('sts:AssumeRole') },
    });
    await root.iam.send(
      new CreateRoleCommand({
        RoleName: 'warm-session',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: user.arn }, Action: 'sts:AssumeRole' }],
        }),
      }),
    );
    const put = (effect: 'Allow' | 'Deny') =>
      root.iam.send(
        new PutRolePolicyCommand({
          RoleName: 'warm-session',
          PolicyName: effect,
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: effect, Action: 'iam:GetUser', Resource: '*' }],
          }),
        }),
      );
    await put('Allow');
    const session = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${accountId}:role/warm-session`,
        RoleSessionName: 'warm',
      }),
    );
    const { iam } = awsClients(server, {
      accessKeyId: session.Credentials!.AccessKeyId!,
      secretAccessKey: session.Credentials!.SecretAccessKey!,
      sessionToken: session.Credentials!.SessionToken!,
    });
    const getUser = () => iam.send(new GetUserCommand({ UserName: user.name }));
    for (let i = 0; i < 3; i++) expect((await getUser()).User?.UserName).toBe(user.name);
    await put('Deny');
    expect(await failureOf(getUser())).toMatchObject({ status: 403, code: 'AccessDenied' });
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
