// The server measured by bench/cost.ts, in its own process so that its RSS is its own: a fresh
// embedded PostgreSQL, migrations, the AWS managed policies, and one account filled to AWS's
// default quotas where the expensive routes grow with the data: 5,000 users with two access keys
// each (credential report, user list) and a user with the largest effective policy set (10
// managed policies of 6 KB attached, an inline policy, 10 groups each with 10 managed policies
// and an inline one); and the later features' data of bench/cost-seed.ts (Access Advisor's notes,
// 200,000 audit events, 1,000 roles, an organization of 1,000 OUs and 1,000 accounts). Prints
// `READY <json>` when it serves, then runs until killed.
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { PolicyCache } from '../src/authz/policy-cache.js';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { applyMigrations } from '../src/db/migrations.js';
import { prismaPaths } from '../src/db/paths.js';
import { policyArn } from '../src/model/arns.js';
import { newUniqueId } from '../src/model/unique-ids.js';
import { createAccount } from '../src/services/accounts/create-account.js';
import { loadAwsPolicies } from '../src/services/aws-policies/load-aws-policies.js';
import { createOrganization } from '../src/services/organizations/create-organization.js';
import type { RootPrincipal } from '../src/auth/principal.js';
import {
  newSecretAccessKey,
  sealAccessKeySecret,
} from '../src/services/credentials/access-keys/access-key-secret.js';
import { seedEvents, seedLastAccessed, seedOrganizationTree, seedRoles } from './cost-seed.js';

export const USERS = Number(process.env.BENCH_USERS ?? 5000);
export const BIG_USER = 'big-policy-set';
const EMAIL = 'cost@example.com';
const PASSWORD = 'Bench-Password-9';

/** A policy document of about `chars` characters (no white space, as AWS counts). */
export function policyOfSize(chars: number, seed: string): string {
  const statements: object[] = [];
  const doc = () => JSON.stringify({ Version: '2012-10-17', Statement: statements });
  for (let s = 0; doc().length < chars - 200; s++) {
    statements.push({
      Sid: `${seed}${s}`,
      Effect: 'Allow',
      Action: [`s3:Get${seed}${s}*`, `ec2:Describe${seed}${s}*`, `iam:List${seed}${s}*`],
      Resource: [`arn:aws:s3:::${seed}-${s}/*`, `arn:aws:s3:::${seed}-${s}`],
    });
  }
  return doc();
}

async function seedUsers(client: pg.Client, accountId: string): Promise<void> {
  const ids = Array.from({ length: USERS }, () => newUniqueId('user'));
  const names = ids.map((_, i) => `user-${String(i).padStart(5, '0')}`);
  await client.query(
    `INSERT INTO "User" ("id","accountId","name","nameLower","path","updatedAt")
     SELECT id, $1, name, name, '/', now() FROM unnest($2::text[], $3::text[]) AS t(id, name)`,
    [accountId, ids, names],
  );
  const keyIds = ids.flatMap(() => [newUniqueId('accessKey'), newUniqueId('accessKey')]);
  const owners = ids.flatMap((id) => [id, id]);
  await client.query(
    `INSERT INTO "AccessKey" ("id","accountId","userId","secretEncrypted")
     SELECT id, $1, owner, 'not-a-secret' FROM unnest($2::text[], $3::text[]) AS t(id, owner)`,
    [accountId, keyIds, owners],
  );
}

async function managedPolicy(client: pg.Client, accountId: string, name: string): Promise<string> {
  const id = newUniqueId('policy');
  await client.query(
    `INSERT INTO "ManagedPolicy" ("id","accountId","arn","name","nameLower","updatedAt") VALUES ($1,$2,$3,$4,$4,now())`,
    [id, accountId, policyArn(accountId, '/', name), name],
  );
  await client.query(
    `INSERT INTO "PolicyVersion" ("id","policyId","versionId","document") VALUES (gen_random_uuid(),$1,'v1',$2)`,
    [id, policyOfSize(6144, name.replaceAll('-', ''))],
  );
  return id;
}

async function attach(client: pg.Client, accountId: string, policyId: string, owner: object): Promise<void> {
  const { userId = null, groupId = null } = owner as { userId?: string; groupId?: string };
  await client.query(
    `INSERT INTO "PolicyAttachment" ("id","accountId","policyId","userId","groupId") VALUES (gen_random_uuid(),$1,$2,$3,$4)`,
    [accountId, policyId, userId, groupId],
  );
}

async function inline(client: pg.Client, accountId: string, size: number, owner: object): Promise<void> {
  const { userId = null, groupId = null } = owner as { userId?: string; groupId?: string };
  await client.query(
    `INSERT INTO "InlinePolicy" ("id","accountId","name","document","userId","groupId","updatedAt")
     VALUES (gen_random_uuid(),$1,'inline',$2,$3,$4,now())`,
    [accountId, policyOfSize(size, 'inline'), userId, groupId],
  );
}

async function seedBigUser(client: pg.Client, accountId: string): Promise<void> {
  const userId = newUniqueId('user');
  await client.query(
    `INSERT INTO "User" ("id","accountId","name","nameLower","path","updatedAt") VALUES ($1,$2,$3,$3,'/',now())`,
    [userId, accountId, BIG_USER],
  );
  await inline(client, accountId, 2048, { userId });
  const policies: string[] = [];
  for (let i = 0; i < 20; i++) policies.push(await managedPolicy(client, accountId, `big-${i}`));
  for (const policyId of policies.slice(0, 10)) await attach(client, accountId, policyId, { userId });
  for (let g = 0; g < 10; g++) {
    const groupId = newUniqueId('group');
    await client.query(
      `INSERT INTO "Group" ("id","accountId","name","nameLower","updatedAt") VALUES ($1,$2,$3,$3,now())`,
      [groupId, accountId, `big-group-${g}`],
    );
    await client.query(`INSERT INTO "GroupMembership" ("accountId","groupId","userId") VALUES ($1,$2,$3)`, [
      accountId,
      groupId,
      userId,
    ]);
    await inline(client, accountId, 5120, { groupId });
    for (const policyId of policies.slice(10)) await attach(client, accountId, policyId, { groupId });
  }
}

/** CPU time (ns) the main thread has run, from the scheduler's own account (not clock ticks). */
function mainThreadCpuNs(): number {
  const text = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8');
  return Number(text.split(' ')[0]);
}

/**
 * The event loop's own delay, apart from waiting for a core: GET <loopUrl> answers the longest
 * delay (ms) of the server's event loop since the previous GET (perf_hooks, 10 ms resolution),
 * and `blockCpuMs`, the most CPU the main thread ran between two turns of a 5 ms ticker: the
 * longest stretch of work that held the loop, which a busy machine stretches in time but does
 * not inflate (on an idle machine the delay it causes).
 */
async function loopDelayServer(): Promise<string> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let last = mainThreadCpuNs();
  let blockNs = 0;
  setInterval(() => {
    const now = mainThreadCpuNs();
    blockNs = Math.max(blockNs, now - last);
    last = now;
  }, 5).unref();
  const side = createServer((_req, res) => {
    const maxMs = histogram.max / 1e6;
    histogram.reset();
    const blockCpuMs = blockNs / 1e6;
    blockNs = 0;
    res.end(JSON.stringify({ maxMs, blockCpuMs }));
  });
  await new Promise<void>((resolve) => side.listen(0, '127.0.0.1', resolve));
  side.unref();
  return `http://127.0.0.1:${(side.address() as AddressInfo).port}`;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-cost-'));
  const database = await startEmbeddedPostgres({ dataDir, database: 'cost', ephemeral: true });
  await applyMigrations(database.url, prismaPaths());
  const db = createDb(database.url);
  await loadAwsPolicies(db);
  const account = await db.$transaction((tx) =>
    createAccount({ tx, now: new Date(), email: EMAIL, password: PASSWORD, alias: 'cost' }),
  );
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await seedUsers(client, account.id);
  await seedBigUser(client, account.id);
  // The later features' data (bench/cost-seed.ts).
  await seedLastAccessed(client, account.id);
  await seedEvents(client, account.id);
  await seedRoles(client, account.id);
  const config = { ...loadConfig({}), port: 0, databaseUrl: database.url, webDistDir: '/nonexistent' };
  const deps = {
    db,
    clock: () => new Date(),
    config,
    log: pino({ level: 'silent' }),
    policyCache: new PolicyCache(),
  };
  const root: RootPrincipal = {
    type: 'root',
    accountId: account.id,
    arn: `arn:aws:iam::${account.id}:root`,
    email: EMAIL,
  };
  const org = await createOrganization({
    ctx: {
      ...deps,
      principal: root,
      request: {
        requestId: 'bench-seed',
        sourceIp: '127.0.0.1',
        secureTransport: false,
        origin: 'http://bench',
      },
    },
  });
  await seedOrganizationTree(client, org.id, org.rootId);
  // A root access key for the AWS door's rows.
  const accessKeyId = newUniqueId('accessKey');
  const secretAccessKey = newSecretAccessKey();
  await db.accessKey.create({
    data: {
      id: accessKeyId,
      accountId: account.id,
      userId: null,
      secretEncrypted: sealAccessKeySecret(config, accessKeyId, secretAccessKey),
    },
  });
  await client.query('ANALYZE');
  await client.end();
  const server = await new Promise<Server>((resolve) => {
    const s = createServer(createApp(deps)).listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const loopUrl = await loopDelayServer();
  console.log(
    `READY ${JSON.stringify({
      url,
      loopUrl,
      email: EMAIL,
      password: PASSWORD,
      accountId: account.id,
      credentials: { accessKeyId, secretAccessKey },
    })}`,
  );
  const stop = () => {
    server.closeAllConnections();
    server.close();
    void database.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv[1]?.endsWith('cost-server.ts')) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
