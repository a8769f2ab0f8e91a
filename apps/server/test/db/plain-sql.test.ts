// The door's hottest reads go through node-postgres (src/db/plain-sql.ts) instead of Prisma's
// $queryRaw: the rows must be the ones $queryRaw gives, value for value and type for type, or a
// caller would see a string where it compares a bigint, or a date shifted by a time zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainRows } from '../../src/db/plain-sql.js';
import { Prisma } from '../../src/db/generated/client.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

describe('plainRows', () => {
  it('reads every kind of column the hot paths read exactly as $queryRaw does', async () => {
    const at = new Date('2026-12-07T03:21:09.123Z');
    const query = Prisma.sql`
      SELECT ${'AKIA…'}::varchar AS "text", 42::int AS "int", 9007199254740993::bigint AS "big",
             true AS "flag", NULL::text AS "missing",
             ${at}::timestamptz(3) AS "stamped", ${at}::timestamp(3) AS "plain",
             ARRAY['a', 'b']::text[] AS "list", '{"k": "v"}'::jsonb AS "doc",
             json_agg(json_build_object('n', 1)) AS "agg",
             ${at}::timestamptz(3) = ${at}::timestamptz(3) AS "sameAt"`;
    const viaPrisma = await server.deps.db.$queryRaw<Record<string, unknown>[]>(query);
    const plain = await plainRows<Record<string, unknown>>(server.deps.db, query);
    expect(plain).toEqual(viaPrisma);
    expect(plain[0]).toMatchObject({ big: 9007199254740993n, stamped: at, plain: at, sameAt: true });
    // A second run uses the prepared statement.
    expect(await plainRows(server.deps.db, query)).toEqual(viaPrisma);
  });

  it('reads timestamps of every precision, year and offset as $queryRaw does', async () => {
    const query = Prisma.sql`
      SELECT '2026-12-07 03:21:09'::timestamp AS "whole",
             '2026-12-07 03:21:09.1'::timestamp(3) AS "tenth",
             '2026-12-07 03:21:09.123456'::timestamp(6) AS "micro",
             '2026-01-02 03:04:05.05'::timestamp(3) AS "hundredths",
             '9999-12-31 23:59:59.999'::timestamp(3) AS "last",
             '12026-12-07 03:21:09'::timestamp AS "far",
             '0042-02-28 23:59:59.999'::timestamp(3) AS "early",
             '2024-02-29 00:00:00'::timestamp AS "leap",
             '2026-12-07 03:21:09.5+05:30'::timestamptz(3) AS "offset",
             'infinity'::timestamp AS "endless",
             NULL::timestamp AS "none"`;
    const viaPrisma = await server.deps.db.$queryRaw<Record<string, unknown>[]>(query);
    const plain = await plainRows<Record<string, unknown>>(server.deps.db, query);
    expect(plain).toEqual(viaPrisma);
    expect((plain[0]!.micro as Date).toISOString()).toBe('2026-12-07T03:21:09.123Z');
    expect((plain[0]!.early as Date).toISOString()).toBe('0042-02-28T23:59:59.999Z');
    expect((plain[0]!.hundredths as Date).toISOString()).toBe('2026-01-02T03:04:05.050Z');
  });

  it('answers through $queryRaw inside a transaction, on the transaction', async () => {
    const seen = await server.deps.db.$transaction(async (tx) => {
      await tx.$executeRaw`CREATE TEMP TABLE "PlainSqlProbe" ("n" int) ON COMMIT DROP`;
      await tx.$executeRaw`INSERT INTO "PlainSqlProbe" VALUES (7)`;
      return plainRows<{ n: number }>(tx, Prisma.sql`SELECT "n" FROM "PlainSqlProbe"`);
    });
    expect(seen).toEqual([{ n: 7 }]);
  });
});
