// The database enforces what the code must never be trusted alone with: case-insensitive name
// uniqueness, identifier shapes, single owners, an append-only audit log. Rows here are written
// with raw SQL, bypassing every service.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffDatabaseToSchema } from '../../src/db/migrations.js';
import { prismaPaths } from '../../src/db/paths.js';
import { createTestAccount, createTestUser } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;
let sql: pg.Client;

beforeAll(async () => {
  server = await startTestServer();
  sql = new pg.Client({ connectionString: server.databaseUrl });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await server?.close();
});

async function sqlError(text: string, values: unknown[] = []): Promise<{ code?: string; message: string }> {
  try {
    await sql.query(text, values);
  } catch (err) {
    return err as { code?: string; message: string };
  }
  throw new Error(`expected \`${text}\` to fail`);
}

const insertUser = `INSERT INTO "User" ("id", "accountId", "name", "nameLower", "updatedAt") VALUES ($1, $2, $3, $4, now())`;

describe('migrations', () => {
  it('leave the database exactly as schema.prisma describes', async () => {
    expect(await diffDatabaseToSchema(server.databaseUrl, prismaPaths())).toMatch(
      /^(-- This is an empty migration\.)?$/,
    );
  });

  it('are recorded in Prisma’s _prisma_migrations table', async () => {
    const { rows } = await sql.query(`SELECT migration_name, finished_at FROM _prisma_migrations`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(rows[0].migration_name).toMatch(/^\d{14}_init$/);
  });
});

describe('names are unique per account, case-insensitively, in the database itself', () => {
  it('rejects a user whose name differs only in case', async () => {
    const { accountId } = await createTestAccount(server);
    const user = await createTestUser(server, accountId, { name: 'Alice' });
    const err = await sqlError(insertUser, ['AIDAAAAAAAAAAAAAAAAA2', accountId, 'ALICE', 'alice']);
    expect(err.code).toBe('23505');
    expect(user.name).toBe('Alice');
  });

  it('rejects a nameLower that is not lower(name), so the index cannot be sidestepped', async () => {
    const { accountId } = await createTestAccount(server);
    await createTestUser(server, accountId, { name: 'bob' });
    const err = await sqlError(insertUser, ['AIDAAAAAAAAAAAAAAAAA3', accountId, 'BOB', 'BOB']);
    expect(err.code).toBe('23514');
  });

  it('allows the same name in two accounts', async () => {
    const a = await createTestAccount(server);
    const b = await createTestAccount(server);
    await createTestUser(server, a.accountId, { name: 'carol' });
    await sql.query(insertUser, ['AIDAAAAAAAAAAAAAAAAA4', b.accountId, 'Carol', 'carol']);
  });

  it('applies to groups, roles and managed policies too', async () => {
    const { accountId } = await createTestAccount(server);
    const group = `INSERT INTO "Group" ("id", "accountId", "name", "nameLower", "updatedAt") VALUES ($1, $2, $3::text, lower($3::text), now())`;
    await sql.query(group, ['AGPAAAAAAAAAAAAAAAAA1', accountId, 'Admins']);
    expect((await sqlError(group, ['AGPAAAAAAAAAAAAAAAAA2', accountId, 'admins'])).code).toBe('23505');
    const role = `INSERT INTO "Role" ("id", "accountId", "name", "nameLower", "trustPolicy", "updatedAt") VALUES ($1, $2, $3::text, lower($3::text), '{}', now())`;
    await sql.query(role, ['AROAAAAAAAAAAAAAAAAA1', accountId, 'Deployer']);
    expect((await sqlError(role, ['AROAAAAAAAAAAAAAAAAA2', accountId, 'DEPLOYER'])).code).toBe('23505');
    const policy = `INSERT INTO "ManagedPolicy" ("id", "accountId", "arn", "name", "nameLower", "updatedAt") VALUES ($1, $2, $3, $4::text, lower($4::text), now())`;
    await sql.query(policy, [
      'ANPAAAAAAAAAAAAAAAAA1',
      accountId,
      `arn:aws:iam::${accountId}:policy/ReadOnly`,
      'ReadOnly',
    ]);
    const dup = await sqlError(policy, [
      'ANPAAAAAAAAAAAAAAAAA2',
      accountId,
      `arn:aws:iam::${accountId}:policy/readonly`,
      'readonly',
    ]);
    expect(dup.code).toBe('23505');
  });
});

describe('identifier shapes', () => {
  it('rejects an account id that is not 12 digits and a user id without its prefix', async () => {
    const account = `INSERT INTO "Account" ("id", "rootEmail", "rootPasswordHash", "updatedAt") VALUES ($1, $2, 'x', now())`;
    expect((await sqlError(account, ['12345', 'short@example.com'])).code).toBe('23514');
    const { accountId } = await createTestAccount(server);
    expect((await sqlError(insertUser, ['XYZA00000000000000000', accountId, 'dave', 'dave'])).code).toBe(
      '23514',
    );
  });

  it('requires exactly one owner for an inline policy', async () => {
    const { accountId } = await createTestAccount(server);
    const err = await sqlError(
      `INSERT INTO "InlinePolicy" ("id", "accountId", "name", "document", "updatedAt") VALUES (gen_random_uuid(), $1, 'p', '{}', now())`,
      [accountId],
    );
    expect(err.code).toBe('23514');
  });
});

describe('the audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await sql.query(`INSERT INTO "AuditEvent" ("action", "result") VALUES ('test:Append', 'Success')`);
    for (const statement of [
      `UPDATE "AuditEvent" SET "result" = 'Failure'`,
      `DELETE FROM "AuditEvent"`,
      `TRUNCATE "AuditEvent"`,
    ]) {
      const err = await sqlError(statement);
      expect(err.message).toContain('append-only');
    }
  });
});
