import type { Router } from 'express';
import { publicRoute } from './handler.js';

export function mountHealthRoutes(router: Router): void {
  router.get(
    '/health',
    publicRoute(async (ctx) => {
      await ctx.db.$queryRaw`SELECT 1`;
      return { status: 'ok' };
    }),
  );
}
