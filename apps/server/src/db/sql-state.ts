/**
 * The PostgreSQL SQLSTATE behind a Prisma or driver error, wherever it is nested: Prisma wraps
 * it as `meta.driverAdapterError.cause.originalCode` under its own code (P2010).
 */
export function sqlState(err: unknown, depth = 0): string | undefined {
  if (typeof err !== 'object' || err === null || depth > 5) return undefined;
  const e = err as {
    code?: unknown;
    originalCode?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (typeof e.originalCode === 'string') return e.originalCode;
  const nested = sqlState(e.meta?.driverAdapterError, depth + 1) ?? sqlState(e.cause, depth + 1);
  if (nested) return nested;
  // pg's own errors carry the SQLSTATE as `code`; Prisma's codes (P2010) are not SQLSTATEs.
  return typeof e.code === 'string' && /^[0-9A-O][0-9A-Z]{4}$/.test(e.code) ? e.code : undefined;
}
