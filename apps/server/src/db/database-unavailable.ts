// Whether an error means "the database is not there right now" (down, restarting, refusing
// connections, the connection dropped): the client should retry later (503), not a bug of ours
// (500). Prisma wraps the driver's error as `meta.driverAdapterError.cause` (`kind` from
// @prisma/adapter-pg, or a SQLSTATE as `originalCode`); pg and Node errors carry `code`.

const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/** Prisma's own codes for "cannot reach / timed out / connection closed / pool exhausted". */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

const NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs: class 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown,
 * cannot connect now: starting up or in recovery), 53300 (too many connections).
 */
function unavailableState(state: string): boolean {
  return state.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(state);
}

/** pg's errors without a code when the socket goes away under a query. */
const MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  "Can't reach database server",
];

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 6) return false;
  const e = err as {
    code?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (typeof e.kind === 'string' && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (typeof e.originalCode === 'string' && unavailableState(e.originalCode)) return true;
  if (typeof e.code === 'string') {
    if (PRISMA_CODES.has(e.code) || NODE_CODES.has(e.code)) return true;
    if (/^[0-9A-Z]{5}$/.test(e.code) && unavailableState(e.code)) return true;
  }
  if (typeof e.message === 'string' && MESSAGES.some((m) => (e.message as string).includes(m))) return true;
  return (
    isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1)
  );
}
