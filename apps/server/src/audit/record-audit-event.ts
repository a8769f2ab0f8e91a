import type { DbOrTx } from '../db/client.js';
import { atCommit } from '../db/commit-statements.js';
import type { Prisma } from '../db/generated/client.js';
import type { PublicContext, ServiceContext } from '../services/service-context.js';
import { auditEventLiteralInsert } from './audit-event-sql.js';

export type AuditResult = 'Success' | 'Failure' | 'Denied';

export interface AuditEventInput {
  /** The IAM action (`iam:CreateUser`) or console event (`signin:ConsoleLogin`). */
  action: string;
  resource?: string | null;
  result: AuditResult;
  errorCode?: string;
  /** Facts worth keeping (names, flags). Never passwords, tokens or secrets. */
  details?: Prisma.InputJsonObject;
  /** Defaults to the signed-in principal's. */
  accountId?: string | null;
  principalArn?: string | null;
}

/** The name at the end of the ARN that assumed a role (the IAM user, or the calling session). */
function personBehind(issuedTo: string): string {
  return (issuedTo.split('/').pop() ?? issuedTo).slice(0, 64);
}

/**
 * Appends one row to the audit log. Call it with the transaction doing the change, so the
 * change and its record commit together; denials and failed sign-ins use the plain client.
 * Inside a transaction the row is sent with its COMMIT (no round trip of its own): nothing reads
 * the audit log back before the change commits.
 */
export async function recordAuditEvent(
  db: DbOrTx,
  ctx: PublicContext | ServiceContext,
  event: AuditEventInput,
): Promise<void> {
  const row = auditEventRow(ctx, event);
  if (atCommit(db, auditEventLiteralInsert(row))) return;
  await db.auditEvent.create({ data: row });
}

/** The row recordAuditEvent writes (for a caller that writes it in one statement with its change). */
export function auditEventRow(ctx: PublicContext | ServiceContext, event: AuditEventInput) {
  const principal = 'principal' in ctx ? ctx.principal : undefined;
  return {
    time: ctx.clock(),
    accountId: event.accountId !== undefined ? event.accountId : (principal?.accountId ?? null),
    principalArn: event.principalArn !== undefined ? event.principalArn : (principal?.arn ?? null),
    action: event.action,
    resource: event.resource ?? null,
    result: event.result,
    errorCode: event.errorCode ?? null,
    sourceIp: ctx.request.sourceIp,
    requestId: ctx.request.requestId,
    details: event.details,
    door: ctx.request.door ?? null,
    accessKeyId: principal?.accessKeyId ?? null,
    sourceIdentity:
      principal?.type === 'role-session'
        ? (principal.sourceIdentity ?? personBehind(principal.issuedTo))
        : null,
  } satisfies Prisma.AuditEventUncheckedCreateInput;
}
