// Issue 13: one simulation request must not take the server down. AWS's input limits apply,
// results come in pages (MaxItems/Marker/IsTruncated, as AWS's SimulateCustomPolicy and
// SimulatePrincipalPolicy), a page is bounded in size and work, and the event loop stays free
// for other requests while a big simulation runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customSimulationBody, FINDING_SHAPE } from '../../bench/cost-requests.js';
import type { ApiClient } from '../harness/api-client.js';
import { allow, createTestUser, newRootSession, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let account: TestAccount;
let root: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  ({ account, root } = await newRootSession(server));
});
afterAll(() => server?.close());

const simple = JSON.stringify(allow(['s3:GetObject', 's3:ListBucket']));
const pairs = (body: { results: { action: string; resource: string }[] }) =>
  body.results.map((r) => `${r.action} ${r.resource}`);

describe('paging, as AWS pages simulation results', () => {
  const request = {
    policies: [simple],
    actions: ['s3:GetObject', 's3:ListBucket', 's3:PutObject'],
    resources: ['arn:aws:s3:::a/1', 'arn:aws:s3:::b/2'],
  };

  it('returns MaxItems results with IsTruncated and a Marker, then the rest', async () => {
    const all = await root.post('/api/simulator/custom-policy', request);
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(all.body.results).toHaveLength(6);
    expect(all.body.isTruncated).toBe(false);
    expect(all.body.marker).toBeUndefined();

    const first = await root.post('/api/simulator/custom-policy', { ...request, maxItems: 4 });
    expect(first.status).toBe(200);
    expect(first.body.results).toHaveLength(4);
    expect(first.body.isTruncated).toBe(true);
    expect(typeof first.body.marker).toBe('string');
    expect(first.body.marker.length).toBeLessThanOrEqual(320);

    const rest = await root.post('/api/simulator/custom-policy', {
      ...request,
      maxItems: 4,
      marker: first.body.marker,
    });
    expect(rest.status).toBe(200);
    expect(rest.body.results).toHaveLength(2);
    expect(rest.body.isTruncated).toBe(false);
    expect(rest.body.marker).toBeUndefined();
    expect([...pairs(first.body), ...pairs(rest.body)]).toEqual(pairs(all.body));
  });

  it('pages a principal simulation the same way', async () => {
    const user = await createTestUser(server, account.accountId, {
      inlinePolicies: { read: allow('s3:Get*') },
    });
    const body = { userName: user.name, actions: request.actions, resources: request.resources, maxItems: 5 };
    const first = await root.post('/api/simulator/principal-policy', body);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ isTruncated: true, principalArn: user.arn });
    expect(first.body.results).toHaveLength(5);
    const rest = await root.post('/api/simulator/principal-policy', { ...body, marker: first.body.marker });
    expect(rest.body.results).toHaveLength(1);
    expect(rest.body.isTruncated).toBe(false);
  });

  it('defaults to 100 results a page, as AWS', async () => {
    const actions = Array.from({ length: 150 }, (_, i) => `s3:GetObject${i}`);
    const res = await root.post('/api/simulator/custom-policy', { policies: [simple], actions });
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(100);
    expect(res.body.isTruncated).toBe(true);
  });

  it('refuses MaxItems outside 1–1000 and a marker of another simulation', async () => {
    for (const maxItems of [0, 1001]) {
      const res = await root.post('/api/simulator/custom-policy', { ...request, maxItems });
      expect(res.status).toBe(400);
      expect(res.body.error.fieldErrors[0]).toMatchObject({ path: 'maxItems' });
    }
    const first = await root.post('/api/simulator/custom-policy', { ...request, maxItems: 1 });
    const other = await root.post('/api/simulator/custom-policy', {
      ...request,
      actions: ['s3:DeleteObject'],
      marker: first.body.marker,
    });
    expect(other.status).toBe(400);
    expect(other.body.error).toMatchObject({
      code: 'InvalidInput',
      message: 'the marker does not belong to this simulation: start again without it',
    });
    const garbage = await root.post('/api/simulator/custom-policy', { ...request, marker: 'not-a-marker' });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.code).toBe('InvalidInput');
  });
});

describe('AWS’s input limits', () => {
  it('refuses an action name over 128 characters', async () => {
    const res = await root.post('/api/simulator/custom-policy', {
      policies: [simple],
      actions: [`s3:${'A'.repeat(126)}`],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fieldErrors[0]).toMatchObject({ path: 'actions.0' });
  });

  it('refuses a policy with characters outside AWS’s set (tab, newline, return, U+0020–U+00FF)', async () => {
    const res = await root.post('/api/simulator/custom-policy', {
      policies: [simple.replace('s3:GetObject', 's3:GetObject✓')],
      actions: ['s3:GetObject'],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fieldErrors[0]).toMatchObject({ path: 'policies.0' });
  });

  it('refuses a context key name shorter than 5 or longer than 256 characters', async () => {
    for (const key of ['a:bc', `aws:${'k'.repeat(253)}`]) {
      const res = await root.post('/api/simulator/custom-policy', {
        policies: [simple],
        actions: ['s3:GetObject'],
        context: { [key]: 'x' },
      });
      expect(res.status, key).toBe(400);
    }
  });
});

/** How late a cheap request is answered while `busy` runs. */
async function healthDelaysDuring(busy: Promise<unknown>): Promise<number> {
  let worst = 0;
  let done = false;
  void busy.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    const res = await fetch(`${server.baseUrl}/api/health`);
    await res.text();
    worst = Math.max(worst, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return worst;
}

describe('a big simulation', () => {
  it('answers a tenth of the finding in a bounded page, without holding up other requests', async () => {
    const body = customSimulationBody({ ...FINDING_SHAPE, actions: 100 });
    const request = root.request('POST', '/api/simulator/custom-policy', body);
    const worstDelay = await healthDelaysDuring(request);
    const res = await request;
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    const bytes = JSON.stringify(res.body).length;
    expect(bytes).toBeLessThanOrEqual(5_000_000);
    expect(res.body.isTruncated).toBe(true);
    expect(res.body.results.length).toBeGreaterThan(0);
    // Before the fix: 33.5 MB in one answer, health held up for 1.2 s.
    expect(worstDelay).toBeLessThan(500);
  });

  it('answers the finding’s request (20 policies × 10 statements, 1,000 actions, 50 resources) in pages', async () => {
    const body = customSimulationBody(FINDING_SHAPE);
    const first = await root.post('/api/simulator/custom-policy', body);
    expect(first.status).toBe(200);
    expect(JSON.stringify(first.body).length).toBeLessThanOrEqual(5_000_000);
    expect(first.body.isTruncated).toBe(true);
    const next = await root.post('/api/simulator/custom-policy', { ...body, marker: first.body.marker });
    expect(next.status).toBe(200);
    expect(next.body.results[0]).not.toEqual(first.body.results[0]);
    expect(`${next.body.results[0].action} ${next.body.results[0].resource}`).toBe(
      `${body.actions[0]} ${body.resources[first.body.results.length]}`,
    );
  });

  it('runs a few at once and turns the rest away with Throttling', async () => {
    const body = customSimulationBody({ ...FINDING_SHAPE, actions: 100 });
    const answers = await Promise.all(
      Array.from({ length: 24 }, () => root.post('/api/simulator/custom-policy', body)),
    );
    // Whether any is turned away depends on how fast the others finish (work-gate.test.ts pins
    // the gate itself): every answer is a page or a Throttling with Retry-After, never a 5xx.
    for (const answer of answers) {
      expect([200, 429]).toContain(answer.status);
      if (answer.status === 429) {
        expect(answer.body.error.code).toBe('Throttling');
        expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
      }
    }
  });
});
