// The cost bench of issue 13 (not a test): the largest request each expensive route allows, one
// at a time, against a server in its own process (bench/cost-server.ts) so that its RSS is its
// own. For each request it prints the server's RSS growth while the request runs (peak minus
// before) and how much later than usual a cheap request (GET /api/health, every 20 ms) was
// answered meanwhile. Goal: no request grows RSS by more than 100 MB or delays another by more
// than 100 ms. The control row shows the machine's own noise: on a busy machine every delay
// includes waiting for a core. "loop ms" is the longest delay of the server's own event loop
// meanwhile (perf_hooks, 10 ms resolution): the same question asked from inside the server,
// without the probe's HTTP round trip (waiting for a core still counts). "main CPU ms" is the
// CPU time the server's main thread used meanwhile less the health probes' own (each as much as
// a probe of the control row), which a busy machine does not inflate: the work the request put
// on the event loop. Run the control row with the others for it (BENCH_ONLY=control,...).
// "block CPU ms" is the most CPU the main thread ran between two turns of a 5 ms ticker in the
// server (its scheduler's account, /proc/…/schedstat): the longest stretch of work that held the
// event loop. A busy machine stretches that stretch in time but does not make it longer in CPU:
// on a machine with a free core it is the delay the request causes.
//
//   cd apps/server && node scripts/generate-client.mjs && node --conditions=source --import tsx bench/cost.ts
//   (BENCH_USERS=1000 for a quicker run; BENCH_ONLY=control,simulator to run the cases whose label
//   contains one of the words; BENCH_OLD_USERS=1 ages every user past Access Analyzer's window so
//   its rescan also finds each one's unused permissions)
import {
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsWithEntitiesCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { customSimulationBody, FINDING_SHAPE } from './cost-requests.js';
import { ACTIVE_USER, EVENTS, EVERYONE, OLD_USERS, ORG_ACCOUNTS, OUS, READER, ROLES } from './cost-seed.js';
import { BIG_USER, USERS } from './cost-server.js';

const GOAL_RSS_MB = 100;
const GOAL_DELAY_MS = 100;
const serverDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

interface Started {
  url: string;
  /** The server's event-loop delay monitor (bench/cost-server.ts). */
  loopUrl: string;
  email: string;
  password: string;
  accountId: string;
  /** A root access key, for the AWS door. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  pid: number;
  stop(): void;
}

function startServer(): Promise<Started> {
  const child = spawn(
    process.execPath,
    [
      // BENCH_CPU_PROFILE=<dir>: a CPU profile of the server, written when it stops.
      ...(process.env.BENCH_CPU_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
        : []),
      '--conditions=source',
      '--import',
      'tsx',
      path.join(serverDir, 'bench/cost-server.ts'),
    ],
    { cwd: serverDir, stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('READY '));
      if (line) resolve({ ...JSON.parse(line.slice(6)), pid: child.pid!, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code}): ${output}`)));
  });
}

class Client {
  cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  async request(method: string, url: string, body?: unknown): Promise<{ status: number; bytes: number }> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.cookies.size) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const csrf = this.cookies.get('gatehouse_csrf');
    if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = decodeURIComponent(csrf);
    const res = await fetch(this.baseUrl + url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const bytes = (await res.arrayBuffer()).byteLength;
    return { status: res.status, bytes };
  }
}

/**
 * CPU time (ms) the server's main thread — its event loop — has used: on Linux the thread whose
 * id is the process id. Unlike a delay, waiting for a busy machine's cores does not inflate it.
 */
function mainThreadCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long GET /api/health took; a probe that failed counts for as long as it waited. */
async function healthLatency(url: string, onError?: () => void): Promise<number> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/api/health`);
    await res.arrayBuffer();
  } catch {
    onError?.();
  }
  return performance.now() - started;
}

interface Case {
  label: string;
  run(client: Client, server: Started): Promise<{ status: number; bytes: number }>;
}

interface Row {
  label: string;
  status: number;
  mb: number;
  seconds: number;
  rssGrowth: number;
  delay: number;
  /** The longest delay of the server's own event loop meanwhile. */
  loop: number;
  /** The most CPU the main thread ran in one turn of its loop meanwhile (bench/cost-server.ts). */
  block: number;
  /** CPU time of the server's main thread meanwhile (the health probes' own share included). */
  mainCpu: number;
  /** Health probes answered meanwhile. */
  probes: number;
}

async function loopDelay(server: Started): Promise<{ maxMs: number; blockCpuMs: number }> {
  const res = await fetch(server.loopUrl);
  return (await res.json()) as { maxMs: number; blockCpuMs: number };
}

async function measure(server: Started, client: Client, c: Case, baseline: number): Promise<Row> {
  await sleep(500);
  const before = rssMb(server.pid);
  await loopDelay(server);
  const cpuBefore = mainThreadCpuMs(server.pid);
  let peak = before;
  let done = false;
  const sampler = (async () => {
    while (!done) {
      peak = Math.max(peak, rssMb(server.pid));
      await sleep(5);
    }
  })();
  let worst = 0;
  let probeErrors = 0;
  let probes = 0;
  const prober = (async () => {
    while (!done) {
      worst = Math.max(worst, await healthLatency(server.url, () => probeErrors++));
      probes++;
      await sleep(20);
    }
  })();
  const started = performance.now();
  const res = await c.run(client, server).catch((err: unknown) => {
    console.error(`${c.label}: ${String(err)} (${String((err as Error).cause)})`);
    return { status: 0, bytes: 0 };
  });
  // A server blocked for seconds drops a kept-alive connection as it wakes up.
  if (probeErrors > 0) console.error(`${c.label}: ${probeErrors} health probes failed (counted as waited)`);
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await Promise.all([sampler, prober]);
  const { maxMs: loop, blockCpuMs: block } = await loopDelay(server);
  const mainCpu = mainThreadCpuMs(server.pid) - cpuBefore;
  return {
    loop,
    block,
    mainCpu,
    probes,
    label: c.label,
    status: res.status,
    mb: res.bytes / 1e6,
    seconds,
    rssGrowth: peak - before,
    delay: Math.max(0, worst - baseline),
  };
}

/**
 * One statement of 9,000 distinct `s3:Get<n>x*` wildcards: the validator's worst case (128 KB).
 * Built before any measuring starts, with one stringify: building it is the bench's own work.
 */
function wildcardPolicy(): string {
  const actions: string[] = [];
  const doc = () =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
    });
  let length = doc().length;
  for (;;) {
    const action = `s3:Get${actions.length}x*`;
    // `"action"` and its comma.
    if (length + action.length + 3 >= 131_000) break;
    actions.push(action);
    length += action.length + 3;
  }
  return doc();
}
const WILDCARDS = wildcardPolicy();

const simple = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }],
});
const manyActions = Array.from({ length: 1000 }, (_, i) => `s3:GetObjectVersion${i}`);
const manyResources = Array.from({ length: 50 }, (_, i) => `arn:aws:s3:::bucket-${i}/key`);

const CASES: Case[] = [
  {
    // What the machine's own noise looks like: no request, the same probing for a second.
    label: 'control: no request (1 s of probing)',
    run: async () => {
      await sleep(1000);
      return { status: 0, bytes: 0 };
    },
  },
  {
    label: 'simulator/custom-policy: the finding (20×10 statements, 1,000×50), first page',
    run: (c) => c.request('POST', '/api/simulator/custom-policy', customSimulationBody(FINDING_SHAPE)),
  },
  {
    label: 'simulator/custom-policy: the finding, maxItems 1000',
    run: (c) =>
      c.request('POST', '/api/simulator/custom-policy', {
        ...customSimulationBody(FINDING_SHAPE),
        maxItems: 1000,
      }),
  },
  {
    label: 'simulator/custom-policy: 1 small policy, 1,000×50, maxItems 1000',
    run: (c) =>
      c.request('POST', '/api/simulator/custom-policy', {
        policies: [simple],
        actions: manyActions,
        resources: manyResources,
        maxItems: 1000,
      }),
  },
  {
    label: 'simulator/custom-policy: one 128 KB policy of 9,000 wildcards',
    run: (c) =>
      c.request('POST', '/api/simulator/custom-policy', {
        policies: [WILDCARDS],
        actions: ['s3:GetObject'],
      }),
  },
  {
    label: `simulator/principal-policy: 110 policies (~700 KB), 1,000×50, maxItems 1000`,
    run: (c) =>
      c.request('POST', '/api/simulator/principal-policy', {
        userName: BIG_USER,
        actions: manyActions,
        resources: manyResources,
        maxItems: 1000,
      }),
  },
  {
    label: `users/${BIG_USER}/effective-policies`,
    run: (c) => c.request('GET', `/api/users/${BIG_USER}/effective-policies`),
  },
  {
    label: `credential-report: generate (${USERS.toLocaleString('en')} users, 2 keys each)`,
    run: (c) => c.request('POST', '/api/credential-report'),
  },
  {
    label: 'credential-report: download',
    run: (c) => c.request('GET', '/api/credential-report/download'),
  },
  { label: 'policies: limit 1000, scope All', run: (c) => c.request('GET', '/api/policies?limit=1000') },
  { label: 'users: limit 1000', run: (c) => c.request('GET', '/api/users?limit=1000') },
  // The features added after the first bench (data: bench/cost-seed.ts).
  {
    label: `last-accessed: user ${READER} with ReadOnlyAccess (first report: cold catalog)`,
    run: (c, s) => c.request('GET', `/api/last-accessed?arn=${lastAccessedArn(s, `user/${READER}`)}`),
  },
  {
    label: `last-accessed: user ${READER} with ReadOnlyAccess (warm)`,
    run: (c, s) => c.request('GET', `/api/last-accessed?arn=${lastAccessedArn(s, `user/${READER}`)}`),
  },
  {
    label: `last-accessed: group ${EVERYONE} (${USERS.toLocaleString('en')} members, ReadOnlyAccess)`,
    run: (c, s) => c.request('GET', `/api/last-accessed?arn=${lastAccessedArn(s, `group/${EVERYONE}`)}`),
  },
  {
    label: `last-accessed: policy ReadOnlyAccess (${USERS.toLocaleString('en')} users through a group)`,
    run: (c) =>
      c.request(
        'GET',
        `/api/last-accessed?arn=${encodeURIComponent('arn:aws:iam::aws:policy/ReadOnlyAccess')}`,
      ),
  },
  {
    label: `last-accessed, AWS door: Generate… for group ${EVERYONE}, then Get… and …WithEntities (s3, 1,000 a page)`,
    run: async (_c, s) => {
      const iam = new IAMClient({
        endpoint: s.url,
        region: 'us-east-1',
        credentials: s.credentials,
        maxAttempts: 1,
      });
      const { JobId } = await iam.send(
        new GenerateServiceLastAccessedDetailsCommand({
          Arn: `arn:aws:iam::${s.accountId}:group/${EVERYONE}`,
          Granularity: 'ACTION_LEVEL',
        }),
      );
      const details = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId, MaxItems: 1000 }));
      const entities = await iam.send(
        new GetServiceLastAccessedDetailsWithEntitiesCommand({
          JobId,
          ServiceNamespace: 's3',
          MaxItems: 1000,
        }),
      );
      iam.destroy();
      const bytes = JSON.stringify(details).length + JSON.stringify(entities).length;
      return { status: details.$metadata.httpStatusCode ?? 0, bytes };
    },
  },
  {
    label: `events: export csv, no filter (10,000 newest of ${EVENTS.toLocaleString('en')})`,
    run: (c) => c.request('GET', '/api/events/export?format=csv'),
  },
  {
    label: `events: export json, no filter (10,000 newest of ${EVENTS.toLocaleString('en')})`,
    run: (c) => c.request('GET', '/api/events/export?format=json'),
  },
  {
    label: 'events: export json, resource name-7 and result Success',
    run: (c) => c.request('GET', '/api/events/export?format=json&resource=name-7&result=Success'),
  },
  {
    label: 'events: list, user name and resource and event name filters, limit 50',
    run: (c) =>
      c.request('GET', `/api/events?limit=50&userName=${ACTIVE_USER}&resource=name-3&eventName=CreateRole`),
  },
  {
    label: 'events: list, resource that matches nothing, limit 50',
    run: (c) => c.request('GET', '/api/events?limit=50&resource=no-such-name'),
  },
  {
    label: OLD_USERS
      ? `access-analyzer: rescan (${ROLES.toLocaleString('en')} roles, ${USERS.toLocaleString('en')} users past the window), until stored`
      : `access-analyzer: rescan (${ROLES.toLocaleString('en')} roles, ~11,000 findings), until stored`,
    run: async (c) => {
      const started = await c.request('POST', '/api/access-analyzer/analyzer/scan');
      for (;;) {
        await sleep(100);
        const res = await fetchJson(c, '/api/access-analyzer/analyzer');
        if (!(res as { inProgress: boolean }).inProgress) return started;
      }
    },
  },
  {
    label: 'access-analyzer: findings, limit 1000',
    run: (c) => c.request('GET', '/api/access-analyzer/findings?limit=1000'),
  },
  {
    label: 'access-analyzer: findings, a filter on details (10,000 scanned), limit 1000',
    run: (c) =>
      c.request(
        'GET',
        `/api/access-analyzer/findings?limit=1000&filter=${encodeURIComponent(
          JSON.stringify({ accessKeyId: { exists: true } }),
        )}`,
      ),
  },
  {
    label: `access-analyzer: generate a policy from ${ACTIVE_USER}'s 90 days (${(EVENTS / 10).toLocaleString('en')} events)`,
    run: (c) =>
      c.request('POST', '/api/access-analyzer/policy-generation', {
        principalType: 'user',
        name: ACTIVE_USER,
        startTime: new Date(Date.now() - 90 * 86_400_000 + 60_000).toISOString(),
        endTime: new Date().toISOString(),
      }),
  },
  {
    label: `organization: tree (${OUS.toLocaleString('en')} OUs, ${ORG_ACCOUNTS.toLocaleString('en')} accounts)`,
    run: (c) => c.request('GET', '/api/organization/tree'),
  },
];

function lastAccessedArn(server: Started, resource: string): string {
  return encodeURIComponent(`arn:aws:iam::${server.accountId}:${resource}`);
}

async function fetchJson(client: Client, url: string): Promise<unknown> {
  const res = await fetch(client.baseUrl + url, {
    headers: {
      Accept: 'application/json',
      Cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
  });
  return res.json();
}

/**
 * The main thread's CPU beyond the health probes' own: each probe costs what the control row's
 * probes cost on average (without a control row, probes are not subtracted).
 */
function requestCpu(rows: Row[]): (r: Row) => number {
  const control = rows.find((r) => r.label.startsWith('control'));
  const perProbe = control && control.probes > 0 ? control.mainCpu / control.probes : 0;
  return (r) => Math.max(0, r.mainCpu - r.probes * perProbe);
}

function table(rows: Row[]): void {
  const cpu = requestCpu(rows);
  const head = [
    'request',
    'status',
    'response MB',
    's',
    'RSS +MB',
    'delay ms',
    'loop ms',
    'block CPU ms',
    'main CPU ms',
    'goal',
  ];
  const lines = rows.map((r) => [
    r.label,
    String(r.status),
    r.mb.toFixed(2),
    r.seconds.toFixed(2),
    r.rssGrowth.toFixed(0),
    r.delay.toFixed(0),
    r.loop.toFixed(0),
    r.block.toFixed(0),
    cpu(r).toFixed(0),
    r.rssGrowth <= GOAL_RSS_MB && r.delay <= GOAL_DELAY_MS ? 'ok' : 'OVER',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(fmt(head));
  for (const l of lines) console.log(fmt(l));
}

async function main(): Promise<void> {
  console.log(`starting the bench server (${USERS.toLocaleString('en')} users)...`);
  const server = await startServer();
  try {
    const client = new Client(server.url);
    const signin = await client.request('POST', '/api/auth/signin/root', {
      email: server.email,
      password: server.password,
    });
    if (signin.status !== 200) throw new Error(`root sign-in: ${signin.status}`);
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) samples.push(await healthLatency(server.url));
    samples.sort((a, b) => a - b);
    const baseline = samples[Math.floor(samples.length / 2)]!;
    console.log(`baseline GET /api/health: ${baseline.toFixed(1)} ms (median of 50)\n`);
    const only = process.env.BENCH_ONLY?.split(',');
    const rows: Row[] = [];
    for (const c of CASES) {
      if (only && !only.some((o) => c.label.includes(o))) continue;
      rows.push(await measure(server, client, c, baseline));
    }
    table(rows);
  } finally {
    server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
