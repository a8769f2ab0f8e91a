// The data behind the cost bench's rows for the features added after the first bench
// (bench/cost-server.ts calls these): Access Advisor's facts, the event history, Access
// Analyzer's roles, a user with a lot of activity, and an organization. Each at the largest
// size the feature allows or an account plausibly holds:
//   - a group `everyone` of every user with ReadOnlyAccess attached, a user `reader` with it too,
//     and 15 last-accessed notes per user (10 services, 5 IAM actions): the reports of a
//     ReadOnlyAccess principal, of a 5,000-member group and of the policy itself;
//   - EVENTS audit events over 90 days (the export's 10,000 newest, the list's filters), a
//     tenth of them by ACTIVE_USER over 30 IAM actions × 1,000 resources (policy generation);
//   - ROLES roles with trust policies (external access), created 200 days ago like every
//     access key (unused access): a first analysis creates about 11,000 findings;
//   - an organization of OUS organizational units five deep and ORG_ACCOUNTS member accounts.
import { randomInt } from 'node:crypto';
import type pg from 'pg';
import { newUniqueId } from '../src/model/unique-ids.js';

export const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
export const ROLES = Number(process.env.BENCH_ROLES ?? 1000);
export const OUS = Number(process.env.BENCH_OUS ?? 1000);
export const ORG_ACCOUNTS = Number(process.env.BENCH_ORG_ACCOUNTS ?? 1000);
export const OLD_USERS = process.env.BENCH_OLD_USERS === '1';
export const READER = 'reader';
export const EVERYONE = 'everyone';
export const ACTIVE_USER = 'user-00001';
const PARTNER = '444455556666';

/** Services a user used, each drawn from these. */
const USED_SERVICES = [
  's3',
  'ec2',
  'iam',
  'sts',
  'lambda',
  'dynamodb',
  'cloudwatch',
  'logs',
  'sns',
  'sqs',
  'kms',
  'rds',
  'ecr',
  'ecs',
  'eks',
  'cloudformation',
  'route53',
  'elasticloadbalancing',
  'autoscaling',
  'ssm',
];
const IAM_ACTIONS = [
  'GetUser',
  'ListUsers',
  'GetRole',
  'ListRoles',
  'GetPolicy',
  'ListPolicies',
  'GetGroup',
  'ListGroups',
  'CreateUser',
  'DeleteUser',
  'TagUser',
  'UntagUser',
  'CreateRole',
  'DeleteRole',
  'PutRolePolicy',
  'AttachRolePolicy',
  'DetachRolePolicy',
  'CreateAccessKey',
  'UpdateAccessKey',
  'DeleteAccessKey',
  'CreatePolicy',
  'CreatePolicyVersion',
  'AddUserToGroup',
  'RemoveUserFromGroup',
  'CreateGroup',
  'PutUserPolicy',
  'AttachUserPolicy',
  'UpdateAssumeRolePolicy',
  'CreateLoginProfile',
  'TagRole',
];

const sqlArray = (items: string[]) => `ARRAY[${items.map((s) => `'${s}'`).join(',')}]`;

/** `everyone` (every user) and `reader`, both with ReadOnlyAccess; 15 notes per user. */
export async function seedLastAccessed(client: pg.Client, accountId: string): Promise<void> {
  const readOnly = await client.query<{ id: string }>(
    `SELECT "id" FROM "ManagedPolicy" WHERE "arn" = 'arn:aws:iam::aws:policy/ReadOnlyAccess'`,
  );
  const policyId = readOnly.rows[0]!.id;
  const groupId = newUniqueId('group');
  await client.query(
    `INSERT INTO "Group" ("id","accountId","name","nameLower","updatedAt") VALUES ($1::text,$2::text,$3,$3,now())`,
    [groupId, accountId, EVERYONE],
  );
  const readerId = newUniqueId('user');
  await client.query(
    `INSERT INTO "User" ("id","accountId","name","nameLower","path","updatedAt") VALUES ($1::text,$2::text,$3,$3,'/',now())`,
    [readerId, accountId, READER],
  );
  await client.query(
    `INSERT INTO "GroupMembership" ("accountId","groupId","userId")
     SELECT $1::text, $2::text, "id" FROM "User" WHERE "accountId" = $1::text AND "name" LIKE 'user-%'`,
    [accountId, groupId],
  );
  await client.query(
    `INSERT INTO "PolicyAttachment" ("id","accountId","policyId","groupId") VALUES (gen_random_uuid(),$1::text,$2::text,$3)`,
    [accountId, policyId, groupId],
  );
  await client.query(
    `INSERT INTO "PolicyAttachment" ("id","accountId","policyId","userId") VALUES (gen_random_uuid(),$1::text,$2::text,$3)`,
    [accountId, policyId, readerId],
  );
  // Per user 10 services (a window of USED_SERVICES starting at a per-user offset) and 5 IAM actions.
  await client.query(
    `INSERT INTO "ServiceLastAccess" ("entityId","service","action","accountId","userId","entityArn","lastAccessed")
     SELECT u."id", s.service, s.action, $1::text, u."id", 'arn:aws:iam::' || $1::text || ':user/' || u."name",
       now() - interval '1 minute' * (random() * 60 * 24 * 300)
     FROM "User" u
     CROSS JOIN LATERAL (
       SELECT (${sqlArray(USED_SERVICES)})[1 + (abs(hashtext(u."id")) + k) % ${USED_SERVICES.length}] AS service,
              '' AS action
       FROM generate_series(0, 9) AS k
       UNION ALL
       SELECT 'iam', (${sqlArray(IAM_ACTIONS)})[1 + (abs(hashtext(u."id")) + k * 7) % ${IAM_ACTIONS.length}]
       FROM generate_series(0, 4) AS k
     ) AS s
     WHERE u."accountId" = $1::text
     ON CONFLICT DO NOTHING`,
    [accountId],
  );
}

/** EVENTS audit events over 90 days, a tenth by ACTIVE_USER (30 IAM actions × 1,000 resources). */
export async function seedEvents(client: pg.Client, accountId: string): Promise<void> {
  const actions = IAM_ACTIONS.map((a) => `iam:${a}`);
  await client.query(
    `INSERT INTO "AuditEvent" ("time","accountId","principalArn","action","resource","result","errorCode",
       "sourceIp","requestId","details","door","accessKeyId")
     SELECT now() - interval '90 days' * (1 - i::float8 / $2::int) + interval '1 minute',
       $1::text,
       CASE WHEN i % 10 = 0 THEN 'arn:aws:iam::' || $1::text || ':user/${ACTIVE_USER}'
            ELSE 'arn:aws:iam::' || $1::text || ':user/user-' || lpad((i % 5000)::text, 5, '0') END,
       a.action,
       'arn:aws:iam::' || $1::text || ':user/name-' || (i / 10 % 1000),
       CASE WHEN i % 50 = 0 THEN 'Denied' WHEN i % 97 = 0 THEN 'Failure' ELSE 'Success' END,
       CASE WHEN i % 50 = 0 THEN 'AccessDenied' WHEN i % 97 = 0 THEN 'NoSuchEntity' END,
       '10.0.' || (i % 20) || '.' || (i % 250), md5(i::text),
       jsonb_build_object('userName', 'name-' || (i / 10 % 1000), 'tags', jsonb_build_array(
         jsonb_build_object('key', 'team', 'value', 'payments'), jsonb_build_object('key', 'n', 'value', i::text))),
       CASE WHEN i % 2 = 0 THEN 'console' ELSE 'aws' END,
       CASE WHEN i % 2 = 0 THEN NULL ELSE 'AKIA' || lpad(upper(to_hex(i % 5000)), 16, '0') END
     FROM generate_series(1, $2::int) AS i
     CROSS JOIN LATERAL (SELECT (${sqlArray(actions)})[1 + (i * 7 + i / 10) % ${actions.length}] AS action) AS a`,
    [accountId, EVENTS],
  );
}

function trustFor(i: number, accountId: string): string {
  const statement = (principal: unknown, condition?: object) => ({
    Effect: 'Allow',
    Principal: principal,
    Action: 'sts:AssumeRole',
    ...(condition ? { Condition: condition } : {}),
  });
  const s =
    i % 10 === 0
      ? statement({ AWS: PARTNER }, { StringEquals: { 'sts:ExternalId': `ext-${i}` } })
      : i % 20 === 5
        ? statement('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-outside0001' } })
        : i % 2 === 0
          ? statement({ Service: 'ec2.amazonaws.com' })
          : statement({ AWS: `arn:aws:iam::${accountId}:root` });
  return JSON.stringify({ Version: '2012-10-17', Statement: [s] });
}

/** ROLES roles (a tenth trusted by an outside account, a twentieth by `*`), all 200 days old, as are the keys. */
export async function seedRoles(client: pg.Client, accountId: string): Promise<void> {
  for (let start = 0; start < ROLES; start += 500) {
    const ids: string[] = [];
    const names: string[] = [];
    const trusts: string[] = [];
    for (let i = start; i < Math.min(ROLES, start + 500); i++) {
      ids.push(newUniqueId('role'));
      names.push(`role-${String(i).padStart(5, '0')}`);
      trusts.push(trustFor(i, accountId));
    }
    await client.query(
      `INSERT INTO "Role" ("id","accountId","name","nameLower","path","trustPolicy","createdAt","updatedAt")
       SELECT id, $1, name, name, '/', trust, now() - interval '200 days', now()
       FROM unnest($2::text[], $3::text[], $4::text[]) AS t(id, name, trust)`,
      [accountId, ids, names, trusts],
    );
  }
  await client.query(
    `UPDATE "AccessKey" SET "createdAt" = now() - interval '200 days' WHERE "accountId" = $1`,
    [accountId],
  );
  // BENCH_OLD_USERS=1: every user past the unused-access window too, so each (ReadOnlyAccess
  // through `everyone`) has an UnusedPermission finding: the analysis's worst case.
  if (OLD_USERS) {
    await client.query(`UPDATE "User" SET "createdAt" = now() - interval '200 days' WHERE "accountId" = $1`, [
      accountId,
    ]);
  }
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const chars = (n: number) => Array.from({ length: n }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/**
 * The account's organization (created with the service beforehand): OUS units, 10 under the
 * root and the rest spread below them down to AWS's depth of 5, and ORG_ACCOUNTS member
 * accounts spread over the units.
 */
export async function seedOrganizationTree(
  client: pg.Client,
  organizationId: string,
  rootId: string,
): Promise<void> {
  const units: { id: string; parent: string; name: string }[] = [];
  let level = [rootId];
  for (let depth = 1; depth <= 5 && units.length < OUS; depth++) {
    const next: string[] = [];
    for (const parent of level) {
      for (let i = 0; i < 10 && units.length < OUS; i++) {
        const id = `ou-${rootId.slice(2)}-${chars(8)}`;
        units.push({ id, parent, name: `unit-${depth}-${units.length}` });
        next.push(id);
      }
    }
    level = next;
  }
  await client.query(
    `INSERT INTO "OrganizationalUnit" ("id","organizationId","parentId","name","nameLower","updatedAt")
     SELECT id, $1, parent, name, name, now() FROM unnest($2::text[], $3::text[], $4::text[]) AS t(id, parent, name)`,
    [organizationId, units.map((u) => u.id), units.map((u) => u.parent), units.map((u) => u.name)],
  );
  const ids = Array.from({ length: ORG_ACCOUNTS }, (_, i) => String(900000000000 + i));
  await client.query(
    `INSERT INTO "Account" ("id","rootEmail","rootPasswordHash","name","organizationId","orgParentId",
       "orgJoinedMethod","orgJoinedAt","updatedAt")
     SELECT id, 'member-' || id || '@example.com', 'not-a-hash', 'member-' || id, $1, parent, 'CREATED', now(), now()
     FROM unnest($2::text[], $3::text[]) AS t(id, parent)`,
    [organizationId, ids, ids.map((_, i) => units[i % units.length]!.id)],
  );
}
