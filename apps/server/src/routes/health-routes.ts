import type { Router } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS } from '../http/error-handler.js';
import { publicRoute } from './handler.js';

/** A database that does not answer this fast counts as away (a hung server, a lost network). */
const DATABASE_TIMEOUT_MS = 2000;

function databaseAnswers(query: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS);
  });
  return Promise.race([
    query.then(
      () => true,
      () => false,
    ),
    timeout,
  ]).finally(() => clearTimeout(timer));
}

/**
 * 200 while the service can serve; 503 (with Retry-After) while its database is away, so a load
 * balancer takes the instance out of rotation until it has reconnected.
 */
export function mountHealthRoutes(router: Router): void {
  router.get(
    '/health',
    publicRoute(async (ctx, _req, res) => {
      if (await databaseAnswers(ctx.db.$queryRaw`SELECT 1`)) return { status: 'ok' };
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(503);
      return { status: 'unavailable', database: 'unreachable' };
    }),
  );
}
