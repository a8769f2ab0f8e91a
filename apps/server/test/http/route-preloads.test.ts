// The server preloads the opened page's own chunks and styles in the index.html it sends, as the
// build lists them (a JSON data block in index.html): the browser fetches them with the HTML.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeVariants } from '../../src/http/route-preloads.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

const routes = {
  '/users': ['/assets/users-page-a1.js', '/assets/list-page-b2.js', '/assets/list-page-c3.css'],
  '/': ['/assets/dashboard-page-d4.js'],
};
const page = (block: string) =>
  `<!doctype html><html><head><script type="application/json" id="gatehouse-route-chunks">${block}</script>` +
  '<title>Gatehouse</title></head><body></body></html>';

let server: TestServer;
let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), page(JSON.stringify(routes)));
  server = await startTestServer({ config: { webDistDir: dist } });
});
afterAll(async () => {
  await server?.close();
  await rm(dist, { recursive: true, force: true });
});

const links = (html: string) => html.match(/<link [^>]*>/g) ?? [];

describe('route preloads', () => {
  it("sends /users with the users page's scripts and styles preloaded in the head", async () => {
    for (const p of ['/users', '/users/', '/users?search=al']) {
      const res = await fetch(server.baseUrl + p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const html = await res.text();
      expect(links(html), p).toEqual([
        '<link rel="modulepreload" crossorigin href="/assets/users-page-a1.js">',
        '<link rel="modulepreload" crossorigin href="/assets/list-page-b2.js">',
        '<link rel="preload" as="style" crossorigin href="/assets/list-page-c3.css">',
      ]);
      expect(html.indexOf('<link ')).toBeLessThan(html.indexOf('</head>'));
    }
  });

  it('preloads the dashboard for /, and nothing for a page the build does not list', async () => {
    expect(links(await (await fetch(server.baseUrl + '/')).text())).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/dashboard-page-d4.js">',
    ]);
    for (const p of ['/groups', '/users/alice', '/signin/acme']) {
      const html = await (await fetch(server.baseUrl + p)).text();
      expect(links(html), p).toEqual([]);
      expect(html).toContain('<title>Gatehouse</title>');
    }
  });

  it('writes only asset paths into the HTML, whatever the data block holds', () => {
    const hostile = {
      '/users': [
        '/assets/ok-1.js',
        '"><script>alert(1)</script>',
        'https://cdn.example.com/x.js',
        '/assets/../../etc/passwd.js',
        '/assets/x.js" onload="alert(1)',
        42,
      ],
      '/roles': 'not a list',
    };
    const variants = routeVariants(page(JSON.stringify(hostile).replace(/</g, '\\u003c')));
    expect([...variants.keys()]).toEqual(['/users']);
    expect(links(variants.get('/users')!)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/ok-1.js">',
    ]);
    expect(routeVariants(page('{not json')).size).toBe(0);
    expect(routeVariants('<html><body>no block</body></html>').size).toBe(0);
  });
});
