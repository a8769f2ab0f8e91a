/** True when `err` is Prisma's unique-constraint violation (P2002) or PostgreSQL's 23505. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as {
    code?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: { cause?: { code?: unknown } } };
  };
  if (e.code === 'P2002' || e.code === '23505') return true;
  return e.meta?.driverAdapterError?.cause?.code === '23505' || isUniqueViolation(e.cause);
}
