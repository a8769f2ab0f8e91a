// The door's authentication and protocol errors, each in AWS's code, status and words.
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { awsClients, rootClients, type AwsCredentials } from './aws-clients.js';
import { form, send, signedPost, signer } from './signed-fetch.js';

let server: TestServer;
let credentials: AwsCredentials;
let accountId: string;
beforeAll(async () => {
  server = await startTestServer();
  const root = await rootClients(server);
  credentials = root.credentials;
  accountId = root.account.accountId;
});
afterAll(() => server.close());

const callerIdentity = form({ Action: 'GetCallerIdentity', Version: '2011-06-15' });

async function post(body: string, options: Parameters<typeof signedPost>[3] = {}, creds = credentials) {
  const signed = await signedPost(server.baseUrl, creds, body, options);
  return send(signed.url, { method: 'POST', headers: signed.headers, body: signed.body });
}

describe('authentication', () => {
  it('answers a signed POST', async () => {
    const res = await post(callerIdentity, { service: 'sts' });
    expect(res.status).toBe(200);
    expect(res.text).toContain(
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
    );
    expect(res.text).toContain(`<Account>${accountId}</Account>`);
    expect(res.text).toMatch(/<ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata>/);
  });

  it('answers a request signed as the aws CLI signs it (no x-amz-content-sha256 header)', async () => {
    const res = await post(callerIdentity, { service: 'sts', applyChecksum: false });
    expect(res.status, res.text).toBe(200);
  });

  it('refuses an unsigned request with MissingAuthenticationToken', async () => {
    const res = await send(`${server.baseUrl}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: callerIdentity,
    });
    expect(res).toMatchObject({
      status: 403,
      code: 'MissingAuthenticationToken',
      message: 'Request is missing Authentication Token',
    });
    expect(res.text).toContain('<Type>Sender</Type>');
  });

  it('refuses an unknown key with InvalidClientTokenId', async () => {
    const res = await post(
      callerIdentity,
      { service: 'sts' },
      { accessKeyId: 'AKIAAAAAAAAAAAAAAAAA', secretAccessKey: 'x' },
    );
    expect(res).toMatchObject({
      status: 403,
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
    });
  });

  it('refuses a wrong secret with SignatureDoesNotMatch', async () => {
    const res = await post(callerIdentity, { service: 'sts' }, { ...credentials, secretAccessKey: 'wrong' });
    expect(res).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
  });

  it('refuses a body changed after signing', async () => {
    const signed = await signedPost(server.baseUrl, credentials, callerIdentity, { service: 'sts' });
    const res = await send(signed.url, {
      method: 'POST',
      headers: signed.headers,
      body: `${callerIdentity}&X=1`,
    });
    expect(res).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
  });

  it('refuses an inactive key', async () => {
    await server.deps.db.accessKey.update({
      where: { id: credentials.accessKeyId },
      data: { status: 'Inactive' },
    });
    try {
      const res = await post(callerIdentity, { service: 'sts' });
      expect(res).toMatchObject({ status: 403, code: 'InvalidClientTokenId' });
    } finally {
      await server.deps.db.accessKey.update({
        where: { id: credentials.accessKeyId },
        data: { status: 'Active' },
      });
    }
  });

  it('refuses a request signed more than 15 minutes away from the server clock', async () => {
    const past = new Date(server.clock.now().getTime() - 16 * 60_000);
    const res = await post(callerIdentity, { service: 'sts', signingDate: past });
    expect(res.status).toBe(403);
    expect(res.code).toBe('SignatureDoesNotMatch');
    expect(res.message).toMatch(
      /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/,
    );
    const soon = new Date(server.clock.now().getTime() + 14 * 60_000);
    expect((await post(callerIdentity, { service: 'sts', signingDate: soon })).status).toBe(200);
  });

  it('refuses an Authorization header without its parts with IncompleteSignature', async () => {
    const res = await send(`${server.baseUrl}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-amz-date': '20261206T000000Z',
        authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/20261206/us-east-1/sts/aws4_request`,
      },
      body: callerIdentity,
    });
    expect(res).toMatchObject({ status: 403, code: 'IncompleteSignature' });
  });

  it('accepts a presigned GET and refuses it once expired or tampered with', async () => {
    const url = new URL(server.baseUrl);
    const now = server.clock.now();
    const presigned = await signer(credentials, 'sts').presign(
      {
        method: 'GET',
        protocol: 'http:',
        hostname: url.hostname,
        port: Number(url.port),
        path: '/',
        query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
        headers: { host: url.host },
      },
      { signingDate: now, expiresIn: 60 },
    );
    const query = new URLSearchParams(presigned.query as Record<string, string>).toString();
    const ok = await send(`${server.baseUrl}/?${query}`, { method: 'GET', headers: {} });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain(`<Arn>arn:aws:iam::${accountId}:root</Arn>`);
    const tampered = await send(
      `${server.baseUrl}/?${query.replace('GetCallerIdentity', 'GetSessionToken')}`,
      { method: 'GET', headers: {} },
    );
    expect(tampered).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
    server.clock.advance(61_000);
    const expired = await send(`${server.baseUrl}/?${query}`, { method: 'GET', headers: {} });
    expect(expired).toMatchObject({ status: 403, code: 'AccessDenied', message: 'Request has expired' });
  });

  it('serves the console at GET / and the AWS API only with Action or a presigned query', async () => {
    const res = await fetch(`${server.baseUrl}/`);
    expect(res.headers.get('content-type') ?? '').not.toContain('xml');
  });
});

describe('protocol errors', () => {
  it('answers an unknown Action and a wrong Version with InvalidAction', async () => {
    const unknown = await post(form({ Action: 'CreateSAMLProvider', Version: '2010-05-08' }));
    expect(unknown).toMatchObject({
      status: 400,
      code: 'InvalidAction',
      message: 'Could not find operation CreateSAMLProvider for version 2010-05-08',
    });
    const made_up = await post(form({ Action: 'Frobnicate', Version: '2010-05-08' }));
    expect(made_up).toMatchObject({ status: 400, code: 'InvalidAction' });
    const version = await post(form({ Action: 'ListUsers', Version: '2099-01-01' }));
    expect(version).toMatchObject({
      status: 400,
      code: 'InvalidAction',
      message: 'Could not find operation ListUsers for version 2099-01-01',
    });
  });

  it('lists every missing or invalid parameter in AWS words', async () => {
    const missing = await post(form({ Action: 'CreateUser', Version: '2010-05-08' }));
    expect(missing).toMatchObject({
      status: 400,
      code: 'ValidationError',
      message:
        "1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null",
    });
    const two = await post(
      form({ Action: 'CreateUser', Version: '2010-05-08', UserName: 'a b', Path: `/${'x'.repeat(512)}/` }),
    );
    expect(two.code).toBe('ValidationError');
    expect(two.message).toMatch(/^2 validation errors detected: /);
    expect(two.message).toContain(
      "Value 'a b' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    );
    expect(two.message).toContain(
      "at 'path' failed to satisfy constraint: Member must have length less than or equal to 512",
    );
    const items = await post(form({ Action: 'ListUsers', Version: '2010-05-08', MaxItems: '5000' }));
    expect(items.message).toBe(
      "1 validation error detected: Value '5000' at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000",
    );
  });

  it('refuses a body over 1 MiB, a non-form body and a malformed marker without a 500', async () => {
    const huge = await post(
      form({ Action: 'ListUsers', Version: '2010-05-08', PathPrefix: '/'.repeat(1_100_000) }),
    );
    expect(huge.status).toBe(413);
    const json = await post('{"Action":"ListUsers"}', { headers: { 'content-type': 'application/json' } });
    expect(json.status).toBe(400);
    const marker = await post(
      form({ Action: 'ListUsers', Version: '2010-05-08', Marker: '%%%not-a-marker' }),
    );
    expect(marker.status).toBe(400);
    const garbage = await post('Action=ListUsers&Version=2010-05-08&%E0%A4%A=1&&=&Tags.member.1.Key');
    expect(garbage.status).toBeLessThan(500);
  });

  it('works with the SDK through temporary clients too', async () => {
    const { sts } = awsClients(server, credentials);
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Account: accountId });
  });
});
