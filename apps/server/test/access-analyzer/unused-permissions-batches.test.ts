// Unused permissions computed a batch of entities at a time (grants once per distinct policy
// set, uses from one aggregate query) give the very findings a last-accessed report per entity
// gives; and an account of 2,000 ReadOnlyAccess users past the window is analysed without
// holding every finding (~10 KB each) at once: they are stored a batch at a time (issue 13).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../src/db/name-key.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import { roleArn, userArn } from '../../src/model/arns.js';
import { analyzeAccount } from '../../src/services/access-analyzer/analyze-account.js';
import type {
  ComputedFinding,
  UnusedAccessDetails,
  UnusedService,
} from '../../src/services/access-analyzer/finding-types.js';
import { findUnusedPermissions } from '../../src/services/access-analyzer/unused-access/find-unused-permissions.js';
import { PolicySets } from '../../src/services/access-analyzer/unused-access/policy-sets.js';
import { buildReport } from '../../src/services/last-accessed/build-report.js';
import { loadReportSubject } from '../../src/services/last-accessed/report-subject.js';
import { createTestAccount, type TestAccount } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 90;
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(() => server?.close());

const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

async function readOnlyId(): Promise<string> {
  const p = await server.deps.db.managedPolicy.findFirst({ where: { arn: READ_ONLY }, select: { id: true } });
  return p!.id;
}

/** The finding a last-accessed report per entity gives (the analysis before issue 13's change). */
async function byReport(accountId: string, arn: string, now: Date): Promise<UnusedService[]> {
  const cutoff = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
  const subject = await loadReportSubject(server.deps.db, accountId, arn);
  if (subject.policies.length === 0) return [];
  const report = await buildReport(server.deps.db, accountId, subject, now);
  const recent = (time: string | null) => time !== null && new Date(time) >= cutoff;
  const unused: UnusedService[] = [];
  for (const service of report.services) {
    if (!recent(service.lastAuthenticated)) {
      unused.push({
        serviceNamespace: service.serviceNamespace,
        ...(service.lastAuthenticated ? { lastAccessed: service.lastAuthenticated } : {}),
      });
      continue;
    }
    const actions = (service.trackedActions ?? [])
      .filter((a) => !recent(a.lastAccessedTime))
      .map((a) => a.actionName);
    if (actions.length > 0) unused.push({ serviceNamespace: service.serviceNamespace, actions });
  }
  return unused.sort((a, b) => a.serviceNamespace.localeCompare(b.serviceNamespace));
}

const unusedOf = (f: ComputedFinding | undefined) =>
  (f?.details as UnusedAccessDetails | undefined)?.unusedServices;

async function collect(gen: AsyncGenerator<ComputedFinding[]>): Promise<ComputedFinding[]> {
  const out: ComputedFinding[] = [];
  for await (const batch of gen) out.push(...batch);
  return out;
}

describe('unused permissions, a batch at a time', () => {
  let account: TestAccount;

  it('match a last-accessed report per user and role, sharing the grants of a policy set', async () => {
    account = await createTestAccount(server);
    const { accountId } = account;
    const { db } = server.deps;
    const now = server.clock.now();
    const old = new Date(now.getTime() - 200 * DAY_MS);
    const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const readOnly = await readOnlyId();

    const user = (name: string, createdAt = old) => ({
      id: newUniqueId('user'),
      accountId,
      name,
      nameLower: nameKey(name),
      createdAt,
    });
    const readers = Array.from({ length: 6 }, (_, i) => user(`reader-${i}`));
    const twins = Array.from({ length: 3 }, (_, i) => user(`twin-${i}`));
    const both = user('both');
    const bare = user('bare');
    const young = user('young', ago(10));
    const users = [...readers, ...twins, both, bare, young];
    await db.user.createMany({ data: users });

    const groupId = newUniqueId('group');
    await db.group.create({ data: { id: groupId, accountId, name: 'readers', nameLower: 'readers' } });
    await db.groupMembership.createMany({
      data: [...readers, both].map((u) => ({ accountId, groupId, userId: u.id })),
    });
    await db.policyAttachment.createMany({
      data: [
        { accountId, policyId: readOnly, groupId },
        { accountId, policyId: readOnly, userId: both.id },
      ],
    });
    const groupInline = policy({
      Effect: 'Allow',
      Action: ['iam:*', 'sts:GetCallerIdentity'],
      Resource: '*',
    });
    const twinInline = policy(
      { Effect: 'Allow', Action: ['s3:Get*', 'iam:List*'], Resource: '*' },
      { Effect: 'Deny', Action: 'ec2:*', Resource: '*' },
    );
    await db.inlinePolicy.createMany({
      data: [
        { accountId, name: 'admin-iam', groupId, document: groupInline },
        ...twins.map((t) => ({ accountId, name: 'same', userId: t.id, document: twinInline })),
        { accountId, name: 'own', userId: both.id, document: twinInline },
        { accountId, name: 'young', userId: young.id, document: twinInline },
      ],
    });

    const roleId = newUniqueId('role');
    await db.role.create({
      data: {
        id: roleId,
        accountId,
        name: 'worker',
        nameLower: 'worker',
        trustPolicy: policy({
          Effect: 'Allow',
          Principal: { Service: 'ec2.amazonaws.com' },
          Action: 'sts:AssumeRole',
        }),
        createdAt: old,
        lastUsedAt: ago(1),
      },
    });
    await db.inlinePolicy.create({
      data: {
        accountId,
        name: 'work',
        roleId,
        document: policy({
          Effect: 'Allow',
          Action: ['dynamodb:*', 'sts:AssumeRole', 'organizations:Describe*'],
          Resource: '*',
        }),
      },
    });

    // Uses: in the window, before it (within the 400-day tracking period), and beyond tracking.
    const uses: {
      entity: { id: string; name: string };
      role?: boolean;
      service: string;
      action?: string;
      at: Date;
    }[] = [
      { entity: readers[0]!, service: 's3', at: ago(3) },
      { entity: readers[0]!, service: 'iam', at: ago(3) },
      { entity: readers[0]!, service: 'iam', action: 'ListUsers', at: ago(3) },
      { entity: readers[0]!, service: 'iam', action: 'GetUser', at: ago(120) },
      { entity: readers[1]!, service: 'ec2', at: ago(150) },
      { entity: readers[1]!, service: 'iam', at: ago(200) },
      { entity: readers[2]!, service: 'lambda', at: ago(500) },
      { entity: twins[0]!, service: 's3', at: ago(1) },
      { entity: twins[0]!, service: 'iam', at: ago(1) },
      { entity: twins[0]!, service: 'iam', action: 'listroles', at: ago(1) },
      { entity: both, service: 'iam', at: ago(2) },
      { entity: both, service: 'sts', at: ago(2) },
      { entity: both, service: 'sts', action: 'GetCallerIdentity', at: ago(2) },
      { entity: { id: roleId, name: 'worker' }, role: true, service: 'sts', at: ago(5) },
      {
        entity: { id: roleId, name: 'worker' },
        role: true,
        service: 'sts',
        action: 'AssumeRole',
        at: ago(95),
      },
      { entity: { id: roleId, name: 'worker' }, role: true, service: 'dynamodb', at: ago(5) },
    ];
    await db.serviceLastAccess.createMany({
      data: uses.map((u) => ({
        entityId: u.entity.id,
        service: u.service,
        action: u.action ?? '',
        accountId,
        ...(u.role ? { roleId: u.entity.id } : { userId: u.entity.id }),
        entityArn: u.role ? roleArn(accountId, '/', u.entity.name) : userArn(accountId, '/', u.entity.name),
        lastAccessed: u.at,
      })),
    });

    const sets = new PolicySets(db, accountId);
    const found = await collect(findUnusedPermissions(db, accountId, now, WINDOW_DAYS, new Set(), sets));
    const byResource = new Map(found.map((f) => [f.resource, f]));
    expect(found).toHaveLength(byResource.size);

    const arns = [...users.map((u) => userArn(accountId, '/', u.name)), roleArn(accountId, '/', 'worker')];
    for (const arn of arns) {
      const expected = arn.endsWith('/young') ? [] : await byReport(accountId, arn, now);
      const finding = byResource.get(arn);
      expect(unusedOf(finding) ?? [], arn).toEqual(expected);
      if (finding) {
        expect(finding.resourceType).toBe(arn.includes(':role/') ? 'AWS::IAM::Role' : 'AWS::IAM::User');
      }
    }
    // Readers, twins, `both` and the role: four policy sets; the bare user has none.
    expect(sets.computed).toBe(4);
    expect(byResource.has(userArn(accountId, '/', 'bare'))).toBe(false);
    expect(byResource.has(userArn(accountId, '/', 'young'))).toBe(false);
    // What the checks above rest on: readers[1] used ec2 before the window, twins[0] every grant.
    expect(unusedOf(byResource.get(userArn(accountId, '/', 'reader-1')))!).toContainEqual({
      serviceNamespace: 'ec2',
      lastAccessed: ago(150).toISOString(),
    });
    expect(
      unusedOf(byResource.get(userArn(accountId, '/', 'twin-0')))!.map((s) => s.serviceNamespace),
    ).toEqual(['iam']);
  }, 120_000);
});

describe('an analysis of 2,000 ReadOnlyAccess users past the window', () => {
  const USERS = 2000;
  /** Heap held at most (before issue 13's change: 70 MB, every finding held until stored; after: 5 MB). */
  const MAX_HEAP_GROWTH_MB = 25;
  let account: TestAccount;

  beforeAll(async () => {
    account = await createTestAccount(server);
    const { accountId } = account;
    const { db } = server.deps;
    const old = new Date(server.clock.now().getTime() - 200 * DAY_MS);
    const users = Array.from({ length: USERS }, (_, i) => ({
      id: newUniqueId('user'),
      accountId,
      name: `member-${String(i).padStart(4, '0')}`,
      nameLower: `member-${String(i).padStart(4, '0')}`,
      createdAt: old,
    }));
    await db.user.createMany({ data: users });
    const groupId = newUniqueId('group');
    await db.group.create({ data: { id: groupId, accountId, name: 'everyone', nameLower: 'everyone' } });
    await db.groupMembership.createMany({ data: users.map((u) => ({ accountId, groupId, userId: u.id })) });
    await db.policyAttachment.create({ data: { accountId, policyId: await readOnlyId(), groupId } });
  }, 120_000);

  it('stores a finding per user, holding far less than all of them at any time', async () => {
    // What the heap holds (collected every 50 ms), not what it has yet to collect.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 50);
    let result;
    try {
      result = await analyzeAccount(server.deps, account.accountId);
    } finally {
      clearInterval(sampler);
    }
    const growthMb = (peak - before) / 2 ** 20;
    console.log(`held: ${growthMb.toFixed(1)} MB at most, ${JSON.stringify(result)}`);
    expect(result?.created).toBe(USERS);
    const sample = await server.deps.db.accessAnalyzerFinding.findFirst({
      where: { accountId: account.accountId, findingType: 'UnusedPermission', status: 'ACTIVE' },
      select: { details: true },
    });
    // ReadOnlyAccess reaches hundreds of services, none of them used.
    expect((sample!.details as { unusedServices: unknown[] }).unusedServices.length).toBeGreaterThan(200);
    expect(growthMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
  }, 300_000);

  it('recomputes them: unchanged, changed (an archived one stays archived), resolved when the cause went away', async () => {
    const { db } = server.deps;
    const { accountId } = account;
    const member = async (n: number) => {
      const name = `member-${String(n).padStart(4, '0')}`;
      const user = await db.user.findFirst({ where: { accountId, name }, select: { id: true } });
      return { id: user!.id, name, arn: userArn(accountId, '/', name) };
    };
    const [gone, busy, archived, other] = [
      await member(0),
      await member(1),
      await member(2),
      await member(3),
    ];
    await db.groupMembership.deleteMany({ where: { userId: gone.id } });
    // `busy` used S3 yesterday; `archived`'s finding was archived by hand and then S3 too.
    const now = server.clock.now();
    await db.serviceLastAccess.createMany({
      data: [busy, archived].map((u) => ({
        entityId: u.id,
        service: 's3',
        accountId,
        userId: u.id,
        entityArn: u.arn,
        lastAccessed: new Date(now.getTime() - DAY_MS),
      })),
    });
    await db.accessAnalyzerFinding.updateMany({
      where: { accountId, resource: archived.arn },
      data: { status: 'ARCHIVED' },
    });
    const result = await analyzeAccount(server.deps, accountId);
    expect(result).toMatchObject({ created: 0, updated: 2, resolved: 1, unchanged: USERS - 3 });
    const rows = await db.accessAnalyzerFinding.findMany({
      where: { accountId, resource: { in: [gone.arn, busy.arn, archived.arn, other.arn] } },
      select: { resource: true, status: true, details: true },
    });
    const of = (arn: string) => rows.find((r) => r.resource === arn)!;
    const services = (arn: string) =>
      (of(arn).details as UnusedAccessDetails).unusedServices!.map((s) => s.serviceNamespace);
    expect(of(gone.arn).status).toBe('RESOLVED');
    expect(of(busy.arn).status).toBe('ACTIVE');
    expect(of(archived.arn).status).toBe('ARCHIVED');
    expect(services(busy.arn)).not.toContain('s3');
    expect(services(archived.arn)).not.toContain('s3');
    expect(services(other.arn)).toContain('s3');
    expect(await db.accessAnalyzerFinding.count({ where: { accountId, status: 'RESOLVED' } })).toBe(1);
  }, 300_000);
});
