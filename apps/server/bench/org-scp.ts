// The cost of SCPs (issue 14, performance): GetUser through the AWS door, warm cache, by an IAM
// user of a member account three OUs deep with 5 SCPs on its path (one on the root, each OU and
// the account, each beside FullAWSAccess), against the same user and policy in a standalone
// account; then a console switch role (POST /api/auth/switch-role) timed end to end.
// Starts the server as `npm start` does (embedded PostgreSQL in a temp dir) and drives the load
// from its own process (bench/aws-load.ts), so the server's CPU per request is its own.
//
//   pnpm --filter @gatehouse/server bench:org
//   BENCH_SECONDS=8 (per window, default 8)  BENCH_CONCURRENCY=16  BENCH_ROUNDS=2  BENCH_SWITCHES=40
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '@gatehouse/evaluator';
import { pino } from 'pino';
import { doorMetrics } from '../src/aws/door-metrics.js';
import { compiledPolicySetFor } from '../src/authz/compile-principal.js';
import { buildRequestContext } from '../src/authz/request-context.js';
import { orgContextKeys } from '../src/authz/scp-levels.js';
import type { UserPrincipal } from '../src/auth/principal.js';
import { hashPassword } from '../src/auth/password-hash.js';
import type { RootPrincipal } from '../src/auth/principal.js';
import { bumpAuthzVersion } from '../src/authz/bump-authz-version.js';
import { loadConfig, type Config } from '../src/config.js';
import { nameKey } from '../src/db/name-key.js';
import { newUniqueId } from '../src/model/unique-ids.js';
import { startServer, type RunningServer } from '../src/server.js';
import { createAccount } from '../src/services/accounts/create-account.js';
import {
  newSecretAccessKey,
  sealAccessKeySecret,
} from '../src/services/credentials/access-keys/access-key-secret.js';
import { attachPolicy } from '../src/services/organizations/attach-policy.js';
import { createOrgAccount } from '../src/services/organizations/create-account.js';
import { createOrganization } from '../src/services/organizations/create-organization.js';
import { createOrganizationalUnit } from '../src/services/organizations/create-organizational-unit.js';
import { createPolicy } from '../src/services/organizations/create-policy.js';
import { enablePolicyType } from '../src/services/organizations/enable-policy-type.js';
import type { ServiceContext } from '../src/services/service-context.js';
import { ApiClient } from '../test/harness/api-client.js';
import type { LoadJob, LoadMessage, LoadResult } from './aws-load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SWITCHES = Number(process.env.BENCH_SWITCHES ?? 40);
const LOAD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'aws-load.ts');
const PASSWORD = 'Bench-Password-9';

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2);

/** The caller's identity policy, the same in both accounts. */
const CALLER_POLICY = doc(
  { Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' },
  {
    Effect: 'Allow',
    Action: 'sts:AssumeRole',
    Resource: 'arn:aws:iam::*:role/OrganizationAccountAccessRole',
  },
);

/** Five SCPs in the shapes organizations use: guard rails that deny, none of them GetUser. */
const SCPS = [
  doc({
    Sid: 'RegionGuard',
    Effect: 'Deny',
    NotAction: ['iam:*', 'sts:*', 'organizations:*', 'support:*', 'cloudfront:*', 'route53:*'],
    Resource: '*',
    Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
  }),
  doc({
    Sid: 'NoLeavingTheOrganization',
    Effect: 'Deny',
    Action: ['organizations:LeaveOrganization', 'account:CloseAccount'],
    Resource: '*',
  }),
  doc({
    Sid: 'ProtectSecurityRoles',
    Effect: 'Deny',
    Action: ['iam:Delete*', 'iam:Put*', 'iam:Attach*', 'iam:Detach*', 'iam:Update*'],
    Resource: ['arn:aws:iam::*:role/security-*', 'arn:aws:iam::*:role/OrganizationAccountAccessRole'],
    Condition: { StringNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/security-admin' } },
  }),
  doc({
    Sid: 'NoRootAccessKeys',
    Effect: 'Deny',
    Action: ['iam:CreateAccessKey'],
    Resource: 'arn:aws:iam::*:root',
  }),
  doc({
    Sid: 'NoUsersWithoutMfa',
    Effect: 'Deny',
    Action: ['iam:CreateUser', 'iam:CreateLoginProfile'],
    Resource: '*',
    Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
  }),
];

interface Caller {
  accountId: string;
  userId: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

/** An IAM user with CALLER_POLICY, a password and an access key, and a `target` user to read. */
async function seedCaller(server: RunningServer, accountId: string, name: string): Promise<Caller> {
  const { db, config } = server.deps;
  const userId = newUniqueId('user');
  const accessKeyId = newUniqueId('accessKey');
  const secretAccessKey = newSecretAccessKey();
  await db.$transaction(async (tx) => {
    for (const [id, userName] of [
      [userId, name],
      [newUniqueId('user'), 'target'],
    ] as const) {
      await tx.user.create({ data: { id, accountId, name: userName, nameLower: nameKey(userName) } });
    }
    await tx.inlinePolicy.create({ data: { accountId, userId, name: 'caller', document: CALLER_POLICY } });
    await tx.loginProfile.create({ data: { userId, accountId, passwordHash: await hashPassword(PASSWORD) } });
    await tx.accessKey.create({
      data: {
        id: accessKeyId,
        accountId,
        userId,
        secretEncrypted: sealAccessKeySecret(config as Config, accessKeyId, secretAccessKey),
      },
    });
    await bumpAuthzVersion(tx, accountId);
  });
  return { accountId, userId, credentials: { accessKeyId, secretAccessKey } };
}

function rootContext(server: RunningServer, accountId: string, email: string): ServiceContext {
  const principal: RootPrincipal = { type: 'root', accountId, arn: `arn:aws:iam::${accountId}:root`, email };
  return {
    ...server.deps,
    request: { requestId: 'bench-seed', sourceIp: '127.0.0.1', secureTransport: false, origin: server.url },
    principal,
  };
}

/** A management account, three nested OUs, a member account in the deepest, 5 SCPs on its path. */
async function seedOrganization(server: RunningServer) {
  const email = 'management@example.com';
  const management = await server.deps.db.$transaction((tx) =>
    createAccount({ tx, now: new Date(), email, password: PASSWORD }),
  );
  const ctx = rootContext(server, management.id, email);
  const org = await createOrganization({ ctx });
  await enablePolicyType({ ctx, rootId: org.rootId, policyType: 'SERVICE_CONTROL_POLICY' });
  const path = [org.rootId];
  for (const name of ['workloads', 'production', 'payments']) {
    path.push((await createOrganizationalUnit({ ctx, parentId: path.at(-1)!, name })).id);
  }
  const status = await createOrgAccount({
    ctx,
    email: 'member@example.com',
    accountName: 'payments-prod',
    parentId: path.at(-1),
  });
  const member = status.accountId!;
  const targets = [...path, member];
  for (const [i, content] of SCPS.entries()) {
    const policy = await createPolicy({ ctx, name: `guard-${i + 1}`, description: 'bench', content });
    await attachPolicy({ ctx, policyId: policy.id, targetId: targets[i]! });
  }
  return { managementId: management.id, member };
}

interface Measured {
  load: LoadResult;
  serverCpuMs: number;
  /** authorize()'s own CPU (doorMetrics), ms. */
  authorizeMs: number;
}

function runLoad(job: LoadJob): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = fork(LOAD_SCRIPT, [], {
      execArgv: ['--conditions=source', '--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let cpuStart = process.cpuUsage();
    child.on('message', (message: LoadMessage) => {
      if (message.type === 'window-start') {
        cpuStart = process.cpuUsage();
        doorMetrics.reset();
        return;
      }
      const cpu = process.cpuUsage(cpuStart);
      resolve({
        load: message,
        serverCpuMs: (cpu.user + cpu.system) / 1000,
        authorizeMs: Number(doorMetrics.authorizeNs) / 1e6,
      });
    });
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the load process exited with ${code}`));
    });
    child.send(job);
  });
}

interface Figures {
  rps: number;
  cpuUsPerRequest: number;
  authorizeUsPerRequest: number;
  p50: number;
  errors: number;
}

async function measureGetUser(server: RunningServer, caller: Caller): Promise<Figures> {
  const { load, serverCpuMs, authorizeMs } = await runLoad({
    scenario: 'get-user',
    endpoint: server.url,
    credentials: caller.credentials,
    concurrency: CONCURRENCY,
    seconds: SECONDS,
    warmupSeconds: 2,
    maxRequests: SECONDS * 50_000,
    userName: 'target',
  });
  return {
    rps: load.requests / (load.wallMs / 1000),
    cpuUsPerRequest: (serverCpuMs * 1000) / Math.max(1, load.requests),
    authorizeUsPerRequest: (authorizeMs * 1000) / Math.max(1, load.requests),
    p50: load.p50,
    errors: load.errors,
  };
}

const pct = (a: number, b: number) => `${(((a - b) / b) * 100).toFixed(1)}%`;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

const EVALUATIONS = 200_000;

/** The decision alone, in this process: the cached compiled set and the request context authorize() builds. */
async function timeEvaluate(server: RunningServer, standalone: Caller, member: Caller) {
  const perCall = async (caller: Caller) => {
    const principal: UserPrincipal = {
      type: 'user',
      accountId: caller.accountId,
      arn: `arn:aws:iam::${caller.accountId}:user/caller`,
      userId: caller.userId,
      userName: 'caller',
      path: '/',
      passwordResetRequired: false,
    };
    const entry = await compiledPolicySetFor(server.deps, principal);
    const request = {
      principal: principal.arn,
      action: 'iam:GetUser',
      resource: `arn:aws:iam::${caller.accountId}:user/target`,
      context: buildRequestContext(
        principal,
        { requestId: 'bench', sourceIp: '127.0.0.1', secureTransport: false, origin: server.url },
        new Date(),
        entry.tags,
        orgContextKeys(entry.org),
      ),
    };
    if (evaluate(entry.compiled, request) !== 'Allow') throw new Error('the bench request is not allowed');
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const started = process.hrtime.bigint();
      for (let i = 0; i < EVALUATIONS / 5; i++) evaluate(entry.compiled, request);
      runs.push(Number(process.hrtime.bigint() - started) / 1000 / (EVALUATIONS / 5));
    }
    return Math.min(...runs);
  };
  await perCall(standalone);
  await perCall(member);
  return { standalone: await perCall(standalone), member: await perCall(member) };
}

async function timeSwitchRole(server: RunningServer, managementId: string, member: string) {
  const client = new ApiClient(server.url);
  const signIn = await client.post('/api/auth/signin/iam', {
    account: managementId,
    userName: 'ops',
    password: PASSWORD,
  });
  if (signIn.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(signIn.body)}`);
  const times: number[] = [];
  for (let i = 0; i < SWITCHES + 5; i++) {
    const started = performance.now();
    const res = await client.post('/api/auth/switch-role', {
      account: member,
      roleName: 'OrganizationAccountAccessRole',
      displayName: 'payments',
    });
    const ms = performance.now() - started;
    if (res.status !== 204) throw new Error(`switch role failed: ${res.status} ${JSON.stringify(res.body)}`);
    if (i >= 5) times.push(ms); // the first few warm the caches and the JIT
    await client.post('/api/auth/switch-back', {});
  }
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times) };
}

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-org-bench-'));
  const config: Config = {
    ...loadConfig({}),
    host: '127.0.0.1',
    port: 0,
    dataDir,
    masterKey: randomBytes(32).toString('base64'),
    webDistDir: '/nonexistent',
  };
  const server = await startServer({ config, log: pino({ level: 'silent' }) });
  try {
    const standaloneAccount = await server.deps.db.$transaction((tx) =>
      createAccount({ tx, now: new Date(), email: 'standalone@example.com', password: PASSWORD }),
    );
    const standalone = await seedCaller(server, standaloneAccount.id, 'caller');
    const { managementId, member } = await seedOrganization(server);
    const inOrg = await seedCaller(server, member, 'caller');
    await seedCaller(server, managementId, 'ops');
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${os.cpus().length} CPUs; ` +
        `GetUser through the AWS door, ${CONCURRENCY} in flight, ${SECONDS} s windows, ${ROUNDS} rounds`,
    );
    const results = { standalone: [] as Figures[], member: [] as Figures[] };
    for (let round = 0; round < ROUNDS; round++) {
      results.standalone.push(await measureGetUser(server, standalone));
      results.member.push(await measureGetUser(server, inOrg));
    }
    const best = (xs: Figures[]) => ({
      rps: Math.max(...xs.map((x) => x.rps)),
      cpu: Math.min(...xs.map((x) => x.cpuUsPerRequest)),
      authorize: Math.min(...xs.map((x) => x.authorizeUsPerRequest)),
      p50: Math.min(...xs.map((x) => x.p50)),
      errors: xs.reduce((n, x) => n + x.errors, 0),
    });
    const s = best(results.standalone);
    const m = best(results.member);
    const row = (name: string, f: ReturnType<typeof best>) =>
      `${name.padEnd(48)} ${f.rps.toFixed(0).padStart(6)} req/s  ${f.cpu.toFixed(0).padStart(5)} µs CPU/request (authorize ${f.authorize.toFixed(1)} µs)  p50 ${f.p50.toFixed(2)} ms  errors ${f.errors}`;
    console.log(row('standalone account', s));
    console.log(row('member account, 3 OUs deep, 5 SCPs on its path', m));
    console.log(
      `difference: throughput ${pct(m.rps, s.rps)}, server CPU per request ${pct(m.cpu, s.cpu)} (goal: at most +10% cost)`,
    );
    for (const [i, [a, b]] of results.standalone.map((x, j) => [x, results.member[j]!] as const).entries()) {
      console.log(
        `  round ${i + 1}: standalone ${a.rps.toFixed(0)} req/s ${a.cpuUsPerRequest.toFixed(0)} µs, member ${b.rps.toFixed(0)} req/s ${b.cpuUsPerRequest.toFixed(0)} µs`,
      );
    }
    const evaluation = await timeEvaluate(server, standalone, inOrg);
    console.log(
      `evaluate() of GetUser on the cached set, ${EVALUATIONS} runs each: standalone ${evaluation.standalone.toFixed(3)} µs, ` +
        `member with 5 SCP levels ${evaluation.member.toFixed(3)} µs (${pct(evaluation.member, evaluation.standalone)})`,
    );
    const sw = await timeSwitchRole(server, managementId, member);
    console.log(
      `console switch role (POST /api/auth/switch-role into the member's OrganizationAccountAccessRole), ${SWITCHES} runs: ` +
        `median ${sw.median.toFixed(1)} ms, p95 ${sw.p95.toFixed(1)} ms, max ${sw.max.toFixed(1)} ms (goal < 300 ms)`,
    );
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
