// The AWS door benchmark (issue 11, performance). Starts the server as `npm start` does
// (startServer: embedded PostgreSQL in a temp dir, migrations, AWS managed policies) on
// 127.0.0.1, seeds through the door itself with the real AWS SDK (an account of 1,000 users; a
// caller whose permissions come from 10 policies: 4 inline, 3 attached, 3 via a group; a role
// whose trust policy names the caller), then per scenario starts a load generator
// (bench/aws-load.ts) in its own process and reports throughput, latency and where the CPU went:
// the server's (this process) split into SigV4 and authorisation by doorMetrics, the client's,
// PostgreSQL's, and the statements the server sent per request. Every door scenario is signed
// by the caller with 10 policies. doorMetrics times wall-clock sections (synchronous ones: the
// header-signed SigV4 check and the evaluation): on a busy machine they include time the server
// thread was waiting for a CPU, so read their shares next to the load average printed. The
// evaluations' share leaves out what a section cannot have spent itself (one over ten times the
// median, a GC pause or a wait for a CPU inside, counts as the mean of the rest).
//
//   node --conditions=source --import tsx bench/aws-door.ts
//   BENCH_SECONDS=5 (per scenario, default 10)  BENCH_CONCURRENCY=32  BENCH_WARMUP_SECONDS=2
//   BENCH_SCENARIOS=get-user,list-users  (default: all, and the compile figure)
//   BENCH_CLIENT=sdk|raw|both  sdk (default): the AWS SDK drives the door, as the issue asks;
//                            raw: the same signed requests from node:http (a client that costs
//                            little CPU: what the server itself serves on this machine)
//   BENCH_CALLERS=<n>        n callers with the same 10 policies, each with its own key, the
//                            workers signing with them in turn (default 1: every request signed by
//                            one key, whose reads a turn's requests share)
//   BENCH_CPU_PROFILE=<dir>  a CPU profile of the server over each measured window
//                            (<dir>/<scenario>.cpuprofile; open in Chrome DevTools)
//   BENCH_CLIENT_PROFILE=<dir>  a CPU profile of each load process, warm-up included (node --cpu-prof)
import { randomBytes } from 'node:crypto';
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetUserCommand,
  IAMClient,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { compilePolicySet, hasErrors, parsePolicy, type PolicyInput } from '@gatehouse/evaluator';
import pg from 'pg';
import { pino } from 'pino';
import { doorMetrics } from '../src/aws/door-metrics.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Db } from '../src/db/client.js';
import { newUniqueId } from '../src/model/unique-ids.js';
import { startServer, type RunningServer } from '../src/server.js';
import { createAccount } from '../src/services/accounts/create-account.js';
import {
  newSecretAccessKey,
  sealAccessKeySecret,
} from '../src/services/credentials/access-keys/access-key-secret.js';
import type { LoadJob, LoadMessage, LoadResult, LoadScenario } from './aws-load.js';
import {
  benchPolicies,
  doc,
  policyText,
  type PolicyDoc,
} from '../../../packages/evaluator/bench/door-policies.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
/** A bound on requests per measured window, well above any goal. */
const MAX_REQUESTS = SECONDS * 50_000;
const ACCOUNT_USERS = 1_000;
const COMPILE_RUNS = 5_000;
const AFTER_CHANGE_RUNS = 50;
const SCENARIOS = new Set(
  (process.env.BENCH_SCENARIOS ?? 'select-1,get-user,list-users,assume-role,create-delete,compile').split(
    ',',
  ),
);
/** Callers with 10 policies each; the load's workers take their keys in turn. */
const CALLERS = Number(process.env.BENCH_CALLERS ?? 1);
if (!Number.isInteger(CALLERS) || CALLERS < 1 || CALLERS > CONCURRENCY)
  throw new Error(`BENCH_CALLERS=${process.env.BENCH_CALLERS}: 1 to BENCH_CONCURRENCY`);
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROFILE;
const CLIENT_PROFILE_DIR = process.env.BENCH_CLIENT_PROFILE;
const CLIENT_SETTING = process.env.BENCH_CLIENT ?? 'sdk';
if (!['sdk', 'raw', 'both'].includes(CLIENT_SETTING))
  throw new Error(`BENCH_CLIENT=${CLIENT_SETTING}: sdk, raw or both`);
const CLIENTS: ('sdk' | 'raw')[] =
  CLIENT_SETTING === 'both' ? ['sdk', 'raw'] : [CLIENT_SETTING as 'sdk' | 'raw'];
const LOAD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'aws-load.ts');

interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

type BenchPolicies = ReturnType<typeof benchPolicies>;

const allPolicyTexts = (p: BenchPolicies) =>
  [p.userInline, p.userManaged, p.groupInline, p.groupManaged].flatMap((set) =>
    Object.entries(set).map(([name, d]) => ({ name, text: policyText(d) })),
  );

/** An access key row, as CreateAccessKey would write it (the door does not serve that yet). */
async function createAccessKey(
  db: Db,
  config: Config,
  accountId: string,
  userId: string | null,
): Promise<Credentials> {
  const accessKeyId = newUniqueId('accessKey');
  const secretAccessKey = newSecretAccessKey();
  const secretEncrypted = sealAccessKeySecret(config, accessKeyId, secretAccessKey);
  await db.accessKey.create({ data: { id: accessKeyId, accountId, userId, secretEncrypted } });
  return { accessKeyId, secretAccessKey };
}

function iamClient(endpoint: string, credentials: Credentials): IAMClient {
  return new IAMClient({ endpoint, region: 'us-east-1', credentials, maxAttempts: 1 });
}

/** Runs `task(0..count-1)` with `width` in flight. */
async function inParallel(
  count: number,
  width: number,
  task: (i: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

interface Seeded {
  caller: Credentials;
  /** One access key per caller (BENCH_CALLERS); the first is `caller`'s. */
  callerKeys: Credentials[];
  /** The user GetUser reads (not the caller: a lookup of another user, as an admin tool does). */
  targetUser: string;
  roleArn: string;
  policies: BenchPolicies;
  root: IAMClient;
  callerIam: IAMClient;
}

/** Everything through the door as the root user, except the access keys. */
async function seed(server: RunningServer, accountId: string): Promise<Seeded> {
  const { db, config } = server.deps;
  const root = iamClient(server.url, await createAccessKey(db, config, accountId, null));
  const policies = benchPolicies(accountId);
  const managed = async (name: string, d: PolicyDoc) =>
    (await root.send(new CreatePolicyCommand({ PolicyName: name, PolicyDocument: policyText(d) }))).Policy!
      .Arn!;
  const userManaged = await Promise.all(Object.entries(policies.userManaged).map(([n, d]) => managed(n, d)));
  const GroupName = 'bench-platform';
  await root.send(new CreateGroupCommand({ GroupName }));
  for (const [PolicyName, d] of Object.entries(policies.groupInline)) {
    await root.send(new PutGroupPolicyCommand({ GroupName, PolicyName, PolicyDocument: policyText(d) }));
  }
  for (const [name, d] of Object.entries(policies.groupManaged)) {
    const PolicyArn = await managed(name, d);
    await root.send(new AttachGroupPolicyCommand({ GroupName, PolicyArn }));
  }
  // Each caller holds the same 10 policies (4 inline, 3 attached, 3 through the group).
  const callers = await Promise.all(
    Array.from({ length: CALLERS }, async (_, i) => {
      const UserName = i === 0 ? 'bench-caller' : `bench-caller-${i + 1}`;
      const user = (await root.send(new CreateUserCommand({ UserName }))).User!;
      for (const [PolicyName, d] of Object.entries(policies.userInline)) {
        await root.send(new PutUserPolicyCommand({ UserName, PolicyName, PolicyDocument: policyText(d) }));
      }
      for (const PolicyArn of userManaged) {
        await root.send(new AttachUserPolicyCommand({ UserName, PolicyArn }));
      }
      await root.send(new AddUserToGroupCommand({ GroupName, UserName }));
      return user;
    }),
  );
  const role = await root.send(
    new CreateRoleCommand({
      RoleName: 'app-deployer',
      AssumeRolePolicyDocument: policyText(
        doc({ Effect: 'Allow', Principal: { AWS: callers.map((c) => c.Arn!) }, Action: 'sts:AssumeRole' }),
      ),
    }),
  );
  const others = ACCOUNT_USERS - CALLERS;
  await inParallel(others, 16, (i) =>
    root.send(new CreateUserCommand({ UserName: `user-${String(i + 1).padStart(4, '0')}` })),
  );
  const keys = await Promise.all(callers.map((c) => createAccessKey(db, config, accountId, c.UserId!)));
  return {
    caller: keys[0]!,
    callerKeys: keys,
    targetUser: `user-${String(Math.ceil(others / 2)).padStart(4, '0')}`,
    roleArn: role.Role!.Arn!,
    policies,
    root,
    callerIam: iamClient(server.url, keys[0]!),
  };
}

/**
 * CPU of the PostgreSQL server, ms: the postmaster with its reaped children, and its live
 * backends. Linux only (/proc); undefined elsewhere.
 */
function postgresCpuMs(postmasterPid: number | undefined): number | undefined {
  if (postmasterPid === undefined) return undefined;
  const ticks = (fields: string[], ...at: number[]) => at.reduce((n, i) => n + Number(fields[i]), 0);
  const statOf = (pid: string) => {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      return text.slice(text.lastIndexOf(')') + 2).split(' ');
    } catch {
      return undefined;
    }
  };
  const own = statOf(String(postmasterPid));
  if (!own) return undefined;
  // From the state field on: ppid is [1], utime [11], stime [12], cutime [13], cstime [14].
  let total = ticks(own, 11, 12, 13, 14);
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const fields = statOf(pid);
    if (fields && Number(fields[1]) === postmasterPid) total += ticks(fields, 11, 12);
  }
  return total * 10; // USER_HZ is 100 on Linux
}

/**
 * Counts the statements this process sends to PostgreSQL, Prisma's included (its adapter runs
 * on the same node-pg): each is a round trip, as node-pg does not pipeline.
 */
const dbQueries = { count: 0 };
function countDbQueries(): void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    dbQueries.count++;
    return query.apply(this, args);
  };
}

interface Measured {
  load: LoadResult;
  dbQueries: number;
  serverCpuMs: number;
  postgresCpuMs?: number;
  doorRequests: number;
  sigv4Ms: number;
  /** The authorisation sections' wall-clock sum. */
  authorizeMs: number;
  /** The same without stalls (doorMetrics.authorizeCpuNs): what the table and the goal use. */
  authorizeCpuMs: number;
}

/** The server's CPU profile over one window, when BENCH_CPU_PROFILE names a directory. */
class WindowProfiler {
  private session?: Session;

  async start(): Promise<void> {
    if (!CPU_PROFILE_DIR) return;
    this.session = new Session();
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.start');
  }

  async stop(name: string): Promise<void> {
    if (!this.session) return;
    const { profile } = await this.session.post('Profiler.stop');
    this.session.disconnect();
    this.session = undefined;
    await mkdir(CPU_PROFILE_DIR!, { recursive: true });
    await writeFile(path.join(CPU_PROFILE_DIR!, `${name}.cpuprofile`), JSON.stringify(profile));
  }
}

/** One scenario: a fresh load process; the server-side figures cover its measured window. */
async function measure(server: RunningServer, job: LoadJob): Promise<Measured> {
  const profiler = new WindowProfiler();
  const measured = await runLoad(server, job, profiler);
  await profiler.stop(job.scenario);
  return measured;
}

function runLoad(server: RunningServer, job: LoadJob, profiler: WindowProfiler): Promise<Measured> {
  const pgPid = () => server.embedded?.pid();
  return new Promise((resolve, reject) => {
    const child = fork(LOAD_SCRIPT, [], {
      execArgv: [
        '--conditions=source',
        '--import',
        'tsx',
        ...(CLIENT_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CLIENT_PROFILE_DIR}`] : []),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const limit = setTimeout(
      () => {
        child.kill('SIGKILL');
        reject(new Error(`${job.scenario}: the load process did not finish in time`));
      },
      (job.warmupSeconds + job.seconds + 60) * 1000,
    );
    let cpuStart = process.cpuUsage();
    let pgStart: number | undefined;
    let queriesStart = 0;
    child.on('message', (message: LoadMessage) => {
      if (message.type === 'window-start') {
        void profiler.start();
        doorMetrics.reset();
        cpuStart = process.cpuUsage();
        pgStart = postgresCpuMs(pgPid());
        queriesStart = dbQueries.count;
        return;
      }
      const cpu = process.cpuUsage(cpuStart);
      const pgEnd = postgresCpuMs(pgPid());
      clearTimeout(limit);
      resolve({
        load: message,
        dbQueries: dbQueries.count - queriesStart,
        serverCpuMs: (cpu.user + cpu.system) / 1000,
        ...(pgStart !== undefined && pgEnd !== undefined ? { postgresCpuMs: pgEnd - pgStart } : {}),
        doorRequests: doorMetrics.requests,
        sigv4Ms: Number(doorMetrics.sigv4Ns) / 1e6,
        authorizeMs: Number(doorMetrics.authorizeNs) / 1e6,
        authorizeCpuMs: doorMetrics.authorizeCpuNs() / 1e6,
      });
    });
    child.on('exit', (code) => {
      clearTimeout(limit);
      if (code !== 0) reject(new Error(`${job.scenario}: the load process exited with ${code}`));
    });
    child.send(job);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface CompileFigure {
  /** Parse + compile, µs: median and p95 over COMPILE_RUNS. */
  median: number;
  p95: number;
  /** Medians of the two halves, µs. */
  parse: number;
  compile: number;
}

/** Scenario 5: parse + compile of the 10 stored policies, as compile-principal.ts does it. */
function timeCompile(policies: BenchPolicies): CompileFigure {
  const texts = allPolicyTexts(policies);
  const parseAll = () =>
    texts.map(({ name, text }): PolicyInput => {
      const { document, diagnostics } = parsePolicy(text, { sourceMap: false });
      if (!document || hasErrors(diagnostics)) throw new Error(`policy ${name} does not parse`);
      return { id: name, name, document };
    });
  for (let i = 0; i < 500; i++) compilePolicySet({ identity: parseAll() });
  const total: number[] = [];
  const parse: number[] = [];
  const compile: number[] = [];
  for (let i = 0; i < COMPILE_RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const identity = parseAll();
    const t1 = process.hrtime.bigint();
    compilePolicySet({ identity });
    const t2 = process.hrtime.bigint();
    parse.push(Number(t1 - t0) / 1000);
    compile.push(Number(t2 - t1) / 1000);
    total.push(Number(t2 - t0) / 1000);
  }
  total.sort((x, y) => x - y);
  return {
    median: median(total),
    p95: total[Math.floor(total.length * 0.95)]!,
    parse: median(parse),
    compile: median(compile),
  };
}

/** GetUser latency (ms, through the SDK) right after a policy change, and the one after it. */
async function timeAfterChange(seeded: Seeded): Promise<{ first: number; next: number }> {
  const [PolicyName, d] = Object.entries(seeded.policies.userInline)[0]!;
  const getUser = new GetUserCommand({ UserName: seeded.targetUser });
  const first: number[] = [];
  const next: number[] = [];
  for (let i = 0; i < AFTER_CHANGE_RUNS; i++) {
    // Putting the same document again is a change: it bumps the account's authzVersion.
    await seeded.root.send(
      new PutUserPolicyCommand({ UserName: 'bench-caller', PolicyName, PolicyDocument: policyText(d) }),
    );
    for (const into of [first, next]) {
      const t = performance.now();
      await seeded.callerIam.send(getUser);
      into.push(performance.now() - t);
    }
  }
  return { first: median(first), next: median(next) };
}

interface Goal {
  text: string;
  met: boolean;
  measured: string;
  /** For a throughput goal not met: whether this machine could reach it with this client at all. */
  note?: string;
}

function printGoal(g: Goal): void {
  console.log(`  ${g.met ? 'met    ' : 'NOT MET'}  ${g.text}: ${g.measured}`);
  if (g.note) console.log(`           ${g.note}`);
}

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? '–'
    : n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(headers));
  for (const row of rows) console.log(line(row));
}

const LABELS: Record<LoadScenario, string> = {
  'select-1': 'baseline: SELECT 1 (node-pg)',
  'get-user': 'GetUser (10 policies)',
  'list-users': `ListUsers (100 of ${fmt(ACCOUNT_USERS)})`,
  'assume-role': 'AssumeRole',
  'create-delete': 'CreateUser+DeleteUser',
};

function report(results: Measured[]): void {
  if (results.length === 0) return;
  console.log(
    `\nper scenario: ${CONCURRENCY} concurrent, ${SECONDS} s measured after ${WARMUP_SECONDS} s of warm-up; ` +
      'latency per request in ms; CPU in ms per request (per op for the first column)',
  );
  printTable(
    ['scenario', 'ops/s', 'p50', 'p95', 'p99', 'errors', 'server', 'sigv4', 'authz', 'client', 'postgres'],
    results.map((m) => {
      const r = m.load;
      const perReq = (ms: number | undefined) => (ms === undefined ? undefined : ms / r.requests);
      const share = (ms: number, digits = 0) =>
        m.serverCpuMs > 0 && r.scenario !== 'select-1' ? `${fmt((100 * ms) / m.serverCpuMs, digits)}%` : '–';
      return [
        LABELS[r.scenario] +
          (r.scenario === 'create-delete' ? ' (pairs)' : '') +
          (r.client === 'raw' ? ' [raw]' : ''),
        fmt(r.operations / (r.wallMs / 1000)),
        fmt(r.p50, 1),
        fmt(r.p95, 1),
        fmt(r.p99, 1),
        fmt(r.errors),
        r.scenario === 'select-1' ? '–' : fmt(perReq(m.serverCpuMs), 3),
        share(m.sigv4Ms),
        share(m.authorizeCpuMs, 1),
        fmt(perReq(r.clientCpuMs), 3),
        fmt(perReq(m.postgresCpuMs), 3),
      ];
    }),
  );
  console.log(
    'server = this process (the door, node-pg, Prisma); sigv4/authz = their share of it (authz: evaluations\n' +
      'over ten times the median one, a GC pause or the thread descheduled inside, count as the mean of\n' +
      'the rest; compiles count whole);\n' +
      'client = the load process (AWS SDK v3; [raw]: node:http with the SDK signer); postgres = the\n' +
      'postmaster and its backends.',
  );
  console.log('\nCPU busy over each window, in cores (2 = the whole machine):');
  printTable(
    ['scenario', 'server', 'client', 'postgres', 'door requests', 'db queries/request'],
    results.map((m) => {
      const s = m.load.wallMs;
      return [
        LABELS[m.load.scenario] + (m.load.client === 'raw' ? ' [raw]' : ''),
        fmt(m.serverCpuMs / s, 2),
        fmt(m.load.clientCpuMs / s, 2),
        fmt(m.postgresCpuMs === undefined ? undefined : m.postgresCpuMs / s, 2),
        fmt(m.doorRequests),
        m.doorRequests > 0 ? fmt(m.dbQueries / m.doorRequests, 2) : '–',
      ];
    }),
  );
  for (const m of results.filter((x) => x.load.firstError)) {
    console.log(`\n${LABELS[m.load.scenario]}: first error: ${m.load.firstError}`);
  }
}

/**
 * Whether `goal` ops/s fits this machine with the client that drove the run: the CPU each
 * operation cost the client, the server and PostgreSQL, times the goal, against the cores there
 * are. A client that alone would need most of the machine makes the goal out of reach whatever
 * the server does.
 */
function reach(m: Measured, goal: number): string {
  const cores = os.cpus().length;
  const perOp = (ms: number | undefined) => (ms ?? 0) / m.load.operations;
  const client = (perOp(m.load.clientCpuMs) * goal) / 1000;
  const all = ((perOp(m.load.clientCpuMs) + perOp(m.serverCpuMs) + perOp(m.postgresCpuMs)) * goal) / 1000;
  const verdict = all > cores ? 'more than this machine has' : 'within this machine';
  return (
    `at ${fmt(goal)}/s this client would use ${fmt(client, 2)} cores, client + server + PostgreSQL ` +
    `${fmt(all, 2)} of ${cores} (${verdict})`
  );
}

function goalsFor(results: Measured[], compile?: { median: number }): Goal[] {
  const of = (s: LoadScenario) => results.find((m) => m.load.scenario === s);
  const rate = (m: Measured) => m.load.operations / (m.load.wallMs / 1000);
  const clean = (m: Measured) => m.load.errors === 0;
  const goals: Goal[] = [];
  const getUser = of('get-user');
  if (getUser) {
    const met = clean(getUser) && rate(getUser) >= 2300 && getUser.load.p99 < 50;
    goals.push({
      text: 'GetUser ≥ 2,300 req/s with p99 < 50 ms',
      met,
      measured: `${fmt(rate(getUser))} req/s, p99 ${fmt(getUser.load.p99, 1)} ms`,
      ...(met ? {} : { note: reach(getUser, 2300) }),
    });
  }
  const throughput = (s: LoadScenario, text: string, goal: number, unit: string) => {
    const m = of(s);
    if (!m) return;
    const met = clean(m) && rate(m) >= goal;
    goals.push({ text, met, measured: `${fmt(rate(m))} ${unit}`, ...(met ? {} : { note: reach(m, goal) }) });
  };
  throughput('list-users', 'ListUsers (100 per page, 1,000 users) ≥ 400 req/s', 400, 'req/s');
  throughput('assume-role', 'AssumeRole ≥ 1,000 req/s', 1000, 'req/s');
  throughput('create-delete', 'CreateUser + DeleteUser ≥ 500 pairs/s', 500, 'pairs/s');
  if (results.length > 0) {
    const share = Math.max(...results.map((m) => m.authorizeCpuMs / m.serverCpuMs));
    const wall = Math.max(...results.map((m) => m.authorizeMs / m.serverCpuMs));
    goals.push({
      text: 'authorisation < 2% of the server CPU of a request (the largest share of these scenarios)',
      met: share < 0.02,
      measured: `${fmt(share * 100, 1)}% (the sections' whole wall-clock time: ${fmt(wall * 100, 1)}%)`,
    });
  }
  if (compile) {
    goals.push({
      text: 'parse + compile of 10 policies ≤ 50 µs',
      met: compile.median <= 50,
      measured: `${fmt(compile.median, 1)} µs (median)`,
    });
  }
  return goals;
}

function loadAverage(): string {
  return `${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${os.cpus().length} CPUs`;
}

async function main(): Promise<void> {
  // The SDK's notice that it will want Node 22 in 2027, once per process: noise in a benchmark.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-aws-bench-'));
  const config: Config = {
    ...loadConfig({}),
    host: '127.0.0.1',
    port: 0,
    dataDir,
    masterKey: randomBytes(32).toString('base64'),
    webDistDir: '/nonexistent',
  };
  console.log(`load average at the start: ${loadAverage()}`);
  countDbQueries();
  const started = performance.now();
  const server = await startServer({ config, log: pino({ level: 'silent' }) });
  try {
    const up = performance.now();
    const account = await server.deps.db.$transaction((tx) =>
      createAccount({ tx, now: new Date(), email: 'bench@example.com', password: 'Bench-Password-9' }),
    );
    const seeded = await seed(server, account.id);
    const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
    console.log(
      `server started in ${seconds(started, up)} s (${server.url}); seeded through the door in ` +
        `${seconds(up, performance.now())} s: ${fmt(ACCOUNT_USERS)} users, ` +
        `${CALLERS === 1 ? 'a caller' : `${CALLERS} callers (each worker signs with one of their keys)`} ` +
        'with 10 policies, a role',
    );

    const base = {
      endpoint: server.url,
      credentials: seeded.caller,
      ...(CALLERS > 1 ? { callerKeys: seeded.callerKeys } : {}),
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      maxRequests: MAX_REQUESTS,
    };
    const jobs: LoadJob[] = [
      { ...base, scenario: 'select-1', endpoint: server.embedded!.url },
      { ...base, scenario: 'get-user', userName: seeded.targetUser },
      { ...base, scenario: 'list-users', expectedItems: 100 },
      { ...base, scenario: 'assume-role', roleArn: seeded.roleArn },
      { ...base, scenario: 'create-delete' },
    ];
    const results: Measured[] = [];
    for (const client of CLIENTS) {
      for (const job of jobs.filter((j) => SCENARIOS.has(j.scenario))) {
        if (client === 'raw' && job.scenario === 'select-1') continue;
        results.push(await measure(server, { ...job, client }));
      }
    }
    const loadDuringRuns = loadAverage();

    let compile: CompileFigure | undefined;
    let afterChange: { first: number; next: number } | undefined;
    if (SCENARIOS.has('compile')) {
      compile = timeCompile(seeded.policies);
      afterChange = await timeAfterChange(seeded);
    }

    report(results);
    if (CPU_PROFILE_DIR) {
      console.log(`(server CPU profiles in ${CPU_PROFILE_DIR}: the CPU figures include the profiler's cost)`);
    }
    if (compile && afterChange) {
      console.log(
        `\nparse + compile of the caller's 10 policies (${fmt(COMPILE_RUNS)} runs): median ` +
          `${fmt(compile.median, 1)} µs (parse ${fmt(compile.parse, 1)}, compile ${fmt(compile.compile, 1)}), ` +
          `p95 ${fmt(compile.p95, 1)} µs`,
      );
      console.log(
        `GetUser through the SDK, one at a time, right after a policy change: median ` +
          `${fmt(afterChange.first, 2)} ms; the request after it: ${fmt(afterChange.next, 2)} ms ` +
          `(${AFTER_CHANGE_RUNS} changes)`,
      );
    }
    const sdk = results.filter((m) => m.load.client === 'sdk');
    const raw = results.filter((m) => m.load.client === 'raw');
    if (sdk.length > 0 || compile) {
      console.log('\ngoals (issue 11), the AWS SDK driving the door:');
      for (const g of goalsFor(sdk, compile)) printGoal(g);
    }
    if (raw.length > 0) {
      console.log(
        'the same figures with the raw HTTP client (what the server serves without the SDK beside it):',
      );
      for (const g of goalsFor(raw)) printGoal(g);
    }
    console.log(`\nload average after the load runs: ${loadDuringRuns}; now: ${loadAverage()}`);
    seeded.root.destroy();
    seeded.callerIam.destroy();
  } finally {
    await server.close({ budgetMs: 5000 });
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
