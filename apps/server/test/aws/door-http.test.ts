// The AWS door is served straight from Node's HTTP server, not through Express: what the
// console's middleware gives every answer, the door must give its own — one request id, the
// security headers, a log line — and it must read the client's address behind a trusted proxy
// as the console does, since aws:SourceIp conditions and the audit log depend on it.
import { Writable } from 'node:stream';
import { CreateUserCommand } from '@aws-sdk/client-iam';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, userClients, type AwsCredentials } from './aws-clients.js';
import { form, signedPost } from './signed-fetch.js';

let direct: TestServer;
let proxied: TestServer;
beforeAll(async () => {
  [direct, proxied] = await Promise.all([
    startTestServer(),
    startTestServer({ config: { trustProxy: 'loopback' } }),
  ]);
});
afterAll(() => Promise.all([direct.close(), proxied.close()]));

async function call(
  server: TestServer,
  credentials: AwsCredentials,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; text: string }> {
  const signed = await signedPost(server.baseUrl, credentials, form(params), {
    service: params.Version === '2011-06-15' ? 'sts' : 'iam',
    headers,
  });
  const res = await fetch(signed.url, { method: 'POST', headers: signed.headers, body: signed.body });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const GET_USER = { Action: 'GetUser', Version: '2010-05-08', UserName: 'backup' };

describe('what the AWS door sends with every answer', () => {
  it('one request id: in X-Request-Id, x-amzn-RequestId and the XML; and the security headers', async () => {
    const { credentials } = await rootClients(direct);
    for (const params of [
      { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      { ...GET_USER, UserName: 'nobody-by-this-name' },
    ]) {
      const res = await call(direct, credentials, params);
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('x-amzn-requestid')).toBe(id);
      expect(res.text).toContain(`<RequestId>${id}</RequestId>`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    }
  });

  it('writes one log line per call, with the caller and the status', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    });
    const { account, credentials } = await rootClients(direct);
    const log = direct.deps.log;
    direct.deps.log = pino({ level: 'info' }, sink);
    try {
      const ok = await call(direct, credentials, { Action: 'GetCallerIdentity', Version: '2011-06-15' });
      const missing = await call(direct, credentials, GET_USER);
      expect([ok.status, missing.status]).toEqual([200, 404]);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      direct.deps.log = log;
    }
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/',
        status: 200,
        principal: `arn:aws:iam::${account.accountId}:root`,
      }),
      expect.objectContaining({
        method: 'POST',
        path: '/',
        status: 404,
        principal: `arn:aws:iam::${account.accountId}:root`,
      }),
    ]);
  });
});

describe("the client's address (aws:SourceIp, the audit log)", () => {
  const onlyFromOffice = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'iam:CreateUser',
        Resource: '*',
        Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      },
    ],
  });

  /** A user allowed CreateUser only from 203.0.113.0/24 tries it, X-Forwarded-For naming 203.0.113.7. */
  async function createUserFromOffice(server: TestServer) {
    const { account } = await rootClients(server);
    const user = await userClients(server, account.accountId, { inlinePolicies: { office: onlyFromOffice } });
    const res = await call(
      server,
      user.credentials,
      { Action: 'CreateUser', Version: '2010-05-08', UserName: 'from-office' },
      { 'x-forwarded-for': '203.0.113.7' },
    );
    const event = await server.deps.db.auditEvent.findFirst({
      where: { accountId: account.accountId, action: 'iam:CreateUser' },
    });
    return { res, sourceIp: event?.sourceIp, iam: user.iam };
  }

  it('comes from X-Forwarded-For when the connection is a trusted proxy', async () => {
    const { res, sourceIp, iam } = await createUserFromOffice(proxied);
    expect(res.status).toBe(200);
    expect(sourceIp).toBe('203.0.113.7');
    // The SDK connects from 127.0.0.1, outside the range, and names no client.
    await expect(iam.send(new CreateUserCommand({ UserName: 'from-here' }))).rejects.toMatchObject({
      name: 'AccessDenied',
    });
  });

  it("is the connection's own when no proxy is trusted, whatever X-Forwarded-For says", async () => {
    const { res, sourceIp } = await createUserFromOffice(direct);
    expect(res.status).toBe(403);
    expect(res.text).toContain('<Code>AccessDenied</Code>');
    expect(sourceIp).toBe('127.0.0.1');
  });
});
