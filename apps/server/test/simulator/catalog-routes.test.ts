// The catalog over HTTP: signed-in only, hashed URLs immutable, gzip when asked for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogDir } from '../../src/routes/catalog/catalog-dir.js';
import { ApiClient } from '../harness/api-client.js';
import { createTestUser, newRootSession, signInAsUser } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let user: ApiClient;
const manifest = JSON.parse(readFileSync(join(catalogDir(), 'manifest.json'), 'utf8')) as {
  sha256: string;
  files: Record<string, { bytes: number }>;
};

beforeAll(async () => {
  server = await startTestServer();
  const { account } = await newRootSession(server);
  // No policies at all: the catalog needs no IAM permission.
  const u = await createTestUser(server, account.accountId);
  user = await signInAsUser(server, account, u);
});
afterAll(() => server?.close());

describe('GET /api/catalog/index.json', () => {
  it('gives the current hash and every service, cached briefly', async () => {
    const res = await user.get('/api/catalog/index.json');
    expect(res.status).toBe(200);
    expect(res.body.hash).toBe(manifest.sha256);
    expect(res.body.base).toBe(`/api/catalog/${manifest.sha256}`);
    expect(res.body.services).toContainEqual(expect.objectContaining({ prefix: 's3', name: 'Amazon S3' }));
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
  });

  it('is gzip-compressed like the chunks: every editor opening asks for it', async () => {
    const plain = await user.request('GET', '/api/catalog/index.json', undefined, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    const res = await user.request('GET', '/api/catalog/index.json', undefined, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(Number(res.headers.get('content-length'))).toBeLessThan(
      Number(plain.headers.get('content-length')) / 3,
    );
    expect(res.body).toEqual(plain.body);
  });

  it('refuses a caller who is not signed in', async () => {
    const res = await new ApiClient(server.baseUrl).get('/api/catalog/index.json');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('NotAuthenticated');
    const chunk = await new ApiClient(server.baseUrl).get(`/api/catalog/${manifest.sha256}/services/s3.json`);
    expect(chunk.status).toBe(401);
  });
});

describe('GET /api/catalog/<hash>/services/<prefix>.json', () => {
  const url = () => `/api/catalog/${manifest.sha256}/services/s3.json`;

  it('serves the chunk gzip-compressed with immutable cache headers', async () => {
    const res = await user.request('GET', url(), undefined, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    expect(Number(res.headers.get('content-length'))).toBeLessThan(
      manifest.files['services/s3.json']!.bytes / 3,
    );
    expect(res.body.prefix).toBe('s3');
    expect(res.body.actions).toContainEqual(
      expect.objectContaining({ name: 'GetObject', accessLevel: 'Read' }),
    );
  });

  it('serves it uncompressed to a client that does not take gzip, with an ETag', async () => {
    const res = await user.request('GET', url(), undefined, { headers: { 'Accept-Encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(Number(res.headers.get('content-length'))).toBe(manifest.files['services/s3.json']!.bytes);
    const etag = res.headers.get('etag')!;
    const again = await user.request('GET', url(), undefined, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('answers NoSuchEntity for an unknown service or an old hash', async () => {
    const unknown = await user.get(`/api/catalog/${manifest.sha256}/services/nosuchservice.json`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({
      code: 'NoSuchEntity',
      message: 'the catalog has no service `nosuchservice`',
    });
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    const old = await user.get(`/api/catalog/${'0'.repeat(64)}/services/s3.json`);
    expect(old.status).toBe(404);
    expect(old.body.error.code).toBe('NoSuchEntity');
  });

  it('serves the global condition keys and the unhashed service URL', async () => {
    const globals = await user.get(`/api/catalog/${manifest.sha256}/global-condition-keys.json`);
    expect(globals.status).toBe(200);
    expect(globals.body.keys).toContainEqual(
      expect.objectContaining({ key: 'aws:SourceIp', type: 'IPAddress' }),
    );
    const unhashed = await user.get('/api/catalog/services/iam.json');
    expect(unhashed.status).toBe(200);
    expect(unhashed.body.prefix).toBe('iam');
    expect(unhashed.headers.get('cache-control')).toBe('private, max-age=300');
  });
});
