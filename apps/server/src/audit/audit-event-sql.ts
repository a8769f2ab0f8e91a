// recordAuditEvent's row as one INSERT, for a change and its audit event written in a single
// statement (`WITH change AS (INSERT …) INSERT INTO "AuditEvent" …`): one round trip instead of
// BEGIN, change, event, COMMIT, and as atomic (a statement commits whole or not at all).
import pg from 'pg';
import { Prisma } from '../db/generated/client.js';
import type { PublicContext, ServiceContext } from '../services/service-context.js';
import { auditEventRow, type AuditEventInput } from './record-audit-event.js';

/**
 * For a single statement outside a transaction. Inside one, use recordAuditEvent: its rows are
 * sent with the COMMIT in the order they were recorded, and a row written here would come first.
 */
export function auditEventInsert(
  ctx: PublicContext | ServiceContext,
  event: AuditEventInput,
  /** A condition (on the statement's other parts, e.g. `EXISTS (SELECT 1 FROM "gone")`) for the row to be written. */
  onlyIf?: Prisma.Sql,
): Prisma.Sql {
  const r = auditEventRow(ctx, event);
  const details = r.details === undefined ? null : JSON.stringify(r.details);
  const values = Prisma.sql`${r.time}, ${r.accountId}, ${r.principalArn}, ${r.action}, ${r.resource},
      ${r.result}, ${r.errorCode}, ${r.sourceIp}, ${r.requestId}, ${details}::jsonb, ${r.door},
      ${r.accessKeyId}, ${r.sourceIdentity}`;
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("time", "accountId", "principalArn", "action", "resource", "result",
      "errorCode", "sourceIp", "requestId", "details", "door", "accessKeyId", "sourceIdentity")
    ${onlyIf ? Prisma.sql`SELECT ${values} WHERE ${onlyIf}` : Prisma.sql`VALUES (${values})`}`;
}

/**
 * The same INSERT as SQL text with every value an escaped literal, for a statement sent with the
 * transaction's COMMIT (`atCommit`), which takes no parameters.
 */
export function auditEventLiteralInsert(row: ReturnType<typeof auditEventRow>): string {
  const text = (v: string | null) => (v === null ? 'NULL' : pg.escapeLiteral(v));
  const details =
    row.details === undefined ? 'NULL' : `${pg.escapeLiteral(JSON.stringify(row.details))}::jsonb`;
  return `INSERT INTO "AuditEvent" ("time", "accountId", "principalArn", "action", "resource", "result",
      "errorCode", "sourceIp", "requestId", "details", "door", "accessKeyId", "sourceIdentity")
    VALUES (${text(row.time.toISOString())}::timestamptz, ${text(row.accountId)}, ${text(row.principalArn)},
      ${text(row.action)}, ${text(row.resource)}, ${text(row.result)}, ${text(row.errorCode)},
      ${text(row.sourceIp)}, ${text(row.requestId)}, ${details}, ${text(row.door)}, ${text(row.accessKeyId)},
      ${text(row.sourceIdentity)})`;
}
