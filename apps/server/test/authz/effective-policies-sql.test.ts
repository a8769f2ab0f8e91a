// loadEffectivePolicies reads a user's policies in one SQL statement (the first request after a
// policy change waits for it). It must give what the nested Prisma read it replaced gave, in the
// same order: inline policies by name (the database's collation), attachments in the order made,
// groups by name, the boundary last. The reference below is that Prisma read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEffectivePolicies, type EffectivePolicy } from '../../src/authz/effective-policies.js';
import type { Db } from '../../src/db/client.js';
import { groupArn, userArn } from '../../src/model/arns.js';
import { allow, createTestAccount, createTestUser, deny } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

/** The policies as the Prisma read before it gave them (documents by each policy's default version). */
async function prismaReference(db: Db, accountId: string, userId: string): Promise<EffectivePolicy[]> {
  const user = await db.user.findFirst({
    where: { id: userId, accountId },
    include: {
      inlinePolicies: { orderBy: { name: 'asc' } },
      attachments: { include: { policy: true }, orderBy: { createdAt: 'asc' } },
      permissionsBoundary: true,
      memberships: {
        include: {
          group: {
            include: {
              inlinePolicies: { orderBy: { name: 'asc' } },
              attachments: { include: { policy: true }, orderBy: { createdAt: 'asc' } },
            },
          },
        },
      },
    },
  });
  if (!user) return [];
  const document = async (p: { id: string; defaultVersionId: string }) =>
    (await db.policyVersion.findUnique({
      where: { policyId_versionId: { policyId: p.id, versionId: p.defaultVersionId } },
    }))!.document;
  const managed = async (
    p: { id: string; arn: string; name: string; defaultVersionId: string },
    source: EffectivePolicy['source'],
    category: EffectivePolicy['category'],
    via?: string,
  ): Promise<EffectivePolicy> => ({
    id: p.arn,
    label: via ? `${p.name} (via ${via})` : p.name,
    policyName: p.name,
    category,
    source,
    policyArn: p.arn,
    versionId: p.defaultVersionId,
    document: await document(p),
  });
  const arn = userArn(accountId, user.path, user.name);
  const out: EffectivePolicy[] = [];
  for (const p of user.inlinePolicies) {
    out.push({
      id: `${arn}:inline/${p.name}`,
      label: `${p.name} (inline)`,
      policyName: p.name,
      category: 'identity',
      source: { kind: 'user-inline', userName: user.name },
      document: p.document,
    });
  }
  for (const a of user.attachments)
    out.push(await managed(a.policy, { kind: 'user-managed', userName: user.name }, 'identity'));
  const groups = user.memberships.map((m) => m.group).sort((a, b) => a.name.localeCompare(b.name));
  for (const g of groups) {
    const gArn = groupArn(accountId, g.path, g.name);
    const via = `group ${g.name}`;
    for (const p of g.inlinePolicies) {
      out.push({
        id: `${gArn}:inline/${p.name}`,
        label: `${p.name} (inline, via ${via})`,
        policyName: p.name,
        category: 'identity',
        source: { kind: 'group-inline', groupName: g.name, groupArn: gArn },
        document: p.document,
      });
    }
    for (const a of g.attachments) {
      out.push(
        await managed(
          a.policy,
          { kind: 'group-managed', groupName: g.name, groupArn: gArn },
          'identity',
          via,
        ),
      );
    }
  }
  if (user.permissionsBoundary) {
    out.push(
      await managed(
        user.permissionsBoundary,
        { kind: 'permissions-boundary' },
        'boundary',
        'permissions boundary',
      ),
    );
  }
  return out;
}

describe('loadEffectivePolicies', () => {
  it('gives what the nested Prisma read gave, in its order', async () => {
    const { accountId } = await createTestAccount(server);
    const user = await createTestUser(server, accountId, {
      path: '/team/',
      inlinePolicies: {
        'b-inline': allow('s3:GetObject'),
        'A-inline': deny('s3:*'),
        'a-inline': allow('sqs:*'),
      },
      managedPolicies: { Second: allow('ec2:*'), First: allow('iam:Get*'), Third: deny('iam:Delete*') },
      groups: {
        zeta: {
          inlinePolicies: { 'z-2': allow('sns:*'), 'z-1': allow('kms:*') },
          managedPolicies: { Zm: allow('s3:*') },
        },
        Alpha: { managedPolicies: { Am2: allow('sqs:Send*'), Am1: allow('sqs:Receive*') } },
        empty: {},
      },
      boundary: allow(['s3:*', 'sqs:*']),
    });
    const db = server.deps.db;
    // Attachments made at distinct times, in an order that is not their names' (the fixture
    // writes them in one statement, at one time).
    await db.$executeRaw`
      UPDATE "PolicyAttachment" a SET "createdAt" = now() - s.n * interval '1 second'
      FROM (SELECT "id", row_number() OVER (ORDER BY "policyId") AS n
            FROM "PolicyAttachment" WHERE "accountId" = ${accountId}) s
      WHERE a."id" = s."id"`;
    const expected = await prismaReference(db, accountId, user.userId);
    expect(expected).toHaveLength(3 + 3 + 2 + 1 + 2 + 1);
    expect(await loadEffectivePolicies(db, accountId, user.userId)).toEqual(expected);
    // Inside a transaction too (the same statement through the transaction's client).
    expect(await db.$transaction((tx) => loadEffectivePolicies(tx, accountId, user.userId))).toEqual(
      expected,
    );
  });

  it('is empty for a user that does not exist or is in another account, and for a user with nothing', async () => {
    const { accountId } = await createTestAccount(server);
    const other = await createTestAccount(server);
    const user = await createTestUser(server, accountId, { inlinePolicies: { p: allow('s3:*') } });
    const bare = await createTestUser(server, accountId);
    expect(await loadEffectivePolicies(server.deps.db, other.accountId, user.userId)).toEqual([]);
    expect(await loadEffectivePolicies(server.deps.db, accountId, 'AIDAXXXXXXXXXXXXXXXXX')).toEqual([]);
    expect(await loadEffectivePolicies(server.deps.db, accountId, bare.userId)).toEqual([]);
  });
});
