// recordAuditEvent's row as one INSERT, for a change and its audit event written in a single
// statement (`WITH change AS (INSERT …) INSERT INTO "AuditEvent" …`): one round trip instead of
// BEGIN, change, event, COMMIT, and as atomic (a statement commits whole or not at all).
import { Prisma } from '../db/generated/client.js';
import type { PublicContext, ServiceContext } from '../services/service-context.js';
import { auditEventRow, type AuditEventInput } from './record-audit-event.js';

export function auditEventInsert(ctx: PublicContext | ServiceContext, event: AuditEventInput): Prisma.Sql {
  const r = auditEventRow(ctx, event);
  const details = r.details === undefined ? null : JSON.stringify(r.details);
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("time", "accountId", "principalArn", "action", "resource", "result",
      "errorCode", "sourceIp", "requestId", "details", "door", "accessKeyId", "sourceIdentity")
    VALUES (${r.time}, ${r.accountId}, ${r.principalArn}, ${r.action}, ${r.resource}, ${r.result},
      ${r.errorCode}, ${r.sourceIp}, ${r.requestId}, ${details}::jsonb, ${r.door}, ${r.accessKeyId},
      ${r.sourceIdentity})`;
}
