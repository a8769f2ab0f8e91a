// Policy authoring figures (issue #7), in Debian's Chromium against the built server:
// (a) what the browser downloads to open Create policy, switch to the Visual tab and choose one
//     service (S3): the /api/catalog/** bytes and the JavaScript, per step, as transferred
//     (CDP Network.loadingFinished encodedDataLength) and as gzip would make them;
// (b) the policy simulator on a user with 10 attached policies (5 statements each, mixed
//     services) and 50 actions selected: from the click on "Run simulation" to the 50 result
//     rows on screen, timed in the page, median of BENCH_RUNS, beside the page's own figure.
//
//   npx -y pnpm@10.34.8 --filter @gatehouse/e2e bench:authoring   (after building server and web)
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  chromium,
  request as playwrightRequest,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.js';
import { ApiClient } from '../support/api-client.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../support/embedded-database.js';
import { startGatehouse, type GatehouseServer } from '../support/gatehouse-server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ROOT = { email: 'bench@authoring.example.com', password: 'Bench-Root-Passw0rd!' };
const USER = 'bench-simulated-user';
/** Elastic Beanstalk has exactly 50 actions in the catalog: "Select all 50 actions". */
const SIMULATED_SERVICE = { name: 'AWS Elastic Beanstalk', prefix: 'elasticbeanstalk', actions: 50 };

// ---------------------------------------------------------------------------------------------
// (a) bytes for the Visual tab

interface Transfer {
  url: string;
  type: string;
  bytes: number;
}

/** Records every finished response's transferred size (headers and body as they crossed the wire). */
async function recordTransfers(context: BrowserContext, page: Page): Promise<Transfer[]> {
  const transfers: Transfer[] = [];
  const pending = new Map<string, { url: string; type: string }>();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.responseReceived', (e) => pending.set(e.requestId, { url: e.response.url, type: e.type }));
  cdp.on('Network.loadingFinished', (e) => {
    const seen = pending.get(e.requestId);
    if (seen) transfers.push({ ...seen, bytes: e.encodedDataLength });
  });
  return transfers;
}

const isCatalog = (t: Transfer) => new URL(t.url).pathname.startsWith('/api/catalog/');
const isScript = (t: Transfer) => t.type === 'Script';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function gzipBytes(api: APIRequestLike, urls: string[]): Promise<number> {
  let total = 0;
  for (const url of urls) total += gzipSync(await api.body(url)).length;
  return total;
}

interface APIRequestLike {
  body(url: string): Promise<Buffer>;
}

async function visualTabBytes(browser: Browser, url: string, cookies: Cookie[]) {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1440, height: 900 } });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const transfers = await recordTransfers(context, page);
  const steps: { name: string; transfers: Transfer[] }[] = [];
  const mark = (name: string) => {
    const before = steps.reduce((n, s) => n + s.transfers.length, 0);
    steps.push({ name, transfers: transfers.slice(before) });
  };

  await page.goto('/policies/create');
  await page.getByRole('textbox', { name: 'Policy document', exact: true }).waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  mark('open Create policy (JSON tab, Monaco)');

  await page.getByRole('tab', { name: 'Visual', exact: true }).click();
  const card = page.getByRole('region', { name: 'Statement 1', exact: true });
  await card.getByRole('button', { name: /^Service\b/ }).waitFor();
  await page.waitForLoadState('networkidle');
  mark('Visual tab');

  await card.getByRole('button', { name: /^Service\b/ }).click();
  await page.getByLabel('Find a service').fill('s3');
  await page.getByRole('option', { name: /^Amazon S3 s3 \d+ actions$/ }).click();
  await card.getByRole('button', { name: /^Read actions, 0 of \d+ chosen$/ }).waitFor();
  await page.waitForLoadState('networkidle');
  mark('choose Amazon S3');

  const request = await playwrightRequest.newContext({
    baseURL: url,
    storageState: await context.storageState(),
  });
  const api: APIRequestLike = { body: async (u) => (await request.get(u)).body() };
  const rows = [];
  for (const step of steps) {
    const catalog = step.transfers.filter(isCatalog);
    const scripts = step.transfers.filter(isScript);
    rows.push({
      step: step.name,
      catalogFiles: catalog.map((t) => new URL(t.url).pathname.replace(/^\/api\/catalog\/[^/]+\//, '')),
      catalogBytes: catalog.reduce((n, t) => n + t.bytes, 0),
      catalogGzip: await gzipBytes(
        api,
        catalog.map((t) => t.url),
      ),
      scriptFiles: scripts.length,
      scriptBytes: scripts.reduce((n, t) => n + t.bytes, 0),
      scriptGzip: await gzipBytes(
        api,
        scripts.map((t) => t.url),
      ),
    });
  }
  await request.dispose();
  await context.close();
  return rows;
}

// ---------------------------------------------------------------------------------------------
// (b) the simulator with 10 policies and 50 actions

/** Ten policies of five statements each over several services, as an operations team writes them. */
function benchPolicies(accountId: string): { name: string; document: string }[] {
  const services = [
    's3',
    'ec2',
    'dynamodb',
    'logs',
    'cloudwatch',
    'sqs',
    'sns',
    'lambda',
    'iam',
    'elasticbeanstalk',
  ];
  const policies = [];
  for (let p = 0; p < 10; p++) {
    const statements = [];
    for (let s = 0; s < 5; s++) {
      const service = services[(p + s) % services.length]!;
      const statement: Record<string, unknown> = {
        Sid: `P${p}S${s}`,
        Effect: p === 9 && s === 4 ? 'Deny' : 'Allow',
        Action: [`${service}:Describe*`, `${service}:List*`, `${service}:Get*`].slice(0, 1 + ((p + s) % 3)),
        Resource:
          s % 2 === 0
            ? '*'
            : [
                `arn:aws:${service}:us-east-1:${accountId}:*`,
                `arn:aws:${service}:*:${accountId}:team-${p}/*`,
              ],
      };
      if (s === 1)
        statement.Condition = { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.0/24'] } };
      if (s === 3)
        statement.Condition = { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } };
      if (p === 9 && s === 4) {
        statement.Action = ['elasticbeanstalk:Delete*', 'elasticbeanstalk:Terminate*'];
        statement.Resource = '*';
      }
      statements.push(statement);
    }
    policies.push({
      name: `bench-ops-policy-${p}`,
      document: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
    });
  }
  return policies;
}

async function seedSimulatedUser(url: string, cookies: Cookie[], accountId: string): Promise<void> {
  const request = await playwrightRequest.newContext({
    baseURL: url,
    storageState: { cookies, origins: [] },
  });
  const api = new ApiClient(request, url);
  await api.post('/api/users', { userName: USER });
  for (const policy of benchPolicies(accountId)) {
    const created = await api.post<{ arn: string }>('/api/policies', {
      policyName: policy.name,
      document: policy.document,
    });
    await api.post(`/api/users/${USER}/attached-policies`, { policyArn: created.arn });
  }
  await request.dispose();
}

/** Clicks "Run simulation" in the page and times it until a new result set of `rows` rows shows. */
async function timeRun(page: Page, rows: number): Promise<{ wallMs: number; pageMs: number }> {
  return page.evaluate(async (expectedRows) => {
    const previous = document
      .querySelector('[data-testid="simulation-time"]')
      ?.getAttribute('data-elapsed-ms');
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Run simulation',
    );
    if (!button) throw new Error('no Run simulation button');
    const start = performance.now();
    button.click();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const timing = document.querySelector('[data-testid="simulation-time"]');
      const table = document.querySelector('table[aria-label="Simulation results"]');
      const bodyRows = table?.querySelectorAll('tbody tr').length ?? 0;
      const elapsed = timing?.getAttribute('data-elapsed-ms');
      if (elapsed && elapsed !== previous && bodyRows === expectedRows) {
        return { wallMs: performance.now() - start, pageMs: Number(elapsed) };
      }
      if (performance.now() - start > 60_000) throw new Error(`no results after 60 s (${bodyRows} rows)`);
    }
  }, rows);
}

async function simulatorFigures(browser: Browser, url: string, cookies: Cookie[]) {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1440, height: 900 } });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto('/simulator');
  await page.getByRole('combobox', { name: 'user name' }).fill(USER);
  await page.getByRole('button', { name: /^Service/ }).click();
  await page.getByLabel('Find a service').fill(`(${SIMULATED_SERVICE.prefix})`);
  await page
    .getByRole('option', { name: `${SIMULATED_SERVICE.name} (${SIMULATED_SERVICE.prefix})`, exact: true })
    .click();
  await page.getByRole('button', { name: `Select all ${SIMULATED_SERVICE.actions} actions` }).click();
  await page.getByRole('heading', { name: `Actions (${SIMULATED_SERVICE.actions} selected)` }).waitFor();
  await page.getByRole('textbox', { name: 'Resource ARNs' }).fill('*');
  const first = await timeRun(page, SIMULATED_SERVICE.actions); // loads the runner chunk: reported apart
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeRun(page, SIMULATED_SERVICE.actions));
  const text = await page.getByTestId('simulation-time').innerText();
  await context.close();
  return { first, runs, text };
}

// ---------------------------------------------------------------------------------------------

type Cookie = Awaited<ReturnType<BrowserContext['cookies']>>[number];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-bench-'));
  await chmod(workDir, 0o755);
  let database: EmbeddedDatabase | undefined;
  let server: GatehouseServer | undefined;
  let browser: Browser | undefined;
  try {
    database = await startEmbeddedDatabase(path.join(workDir, 'db'));
    server = await startGatehouse({ databaseUrl: database.url, workDir, root: ROOT });
    const request = await playwrightRequest.newContext({ baseURL: server.url });
    const me = await new ApiClient(request, server.url).signInRoot(ROOT.email, ROOT.password);
    const { cookies } = await request.storageState();
    await request.dispose();
    await seedSimulatedUser(server.url, cookies, me.accountId);
    browser = await chromium.launch(chromiumLaunchOptions);

    const load = () =>
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} CPUs`;
    console.log(`\npolicy authoring benchmark (Chromium ${browser.version()}, ${load()})`);
    console.log('  (a) downloads, cold cache, per step (transferred; gzip would be):');
    for (const row of await visualTabBytes(browser, server.url, cookies)) {
      console.log(
        `    ${row.step}: catalog ${kb(row.catalogBytes)} (gzip ${kb(row.catalogGzip)}) in ` +
          `${row.catalogFiles.length} files [${row.catalogFiles.join(', ')}]; ` +
          `JS ${kb(row.scriptBytes)} (gzip ${kb(row.scriptGzip)}) in ${row.scriptFiles} files`,
      );
    }

    const sim = await simulatorFigures(browser, server.url, cookies);
    const wall = sim.runs.map((r) => r.wallMs);
    const own = sim.runs.map((r) => r.pageMs);
    const ms = (v: number) => `${Math.round(v)} ms`;
    console.log(
      `  (b) simulator, user with 10 policies × 5 statements, ${SIMULATED_SERVICE.actions} actions, Run → results visible:`,
    );
    console.log(
      `    median ${ms(median(wall))} over ${RUNS} runs (min ${ms(Math.min(...wall))}, max ${ms(Math.max(...wall))}); ` +
        `the page's own "Simulated in": median ${ms(median(own))}`,
    );
    console.log(
      `    first run (loads the simulator's runner code): ${ms(sim.first.wallMs)} (page: ${ms(sim.first.pageMs)})`,
    );
    console.log(`    last run as the page shows it: ${sim.text}`);
    console.log(`  ${load()}`);
  } finally {
    await browser?.close();
    await server?.stop();
    await database?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
