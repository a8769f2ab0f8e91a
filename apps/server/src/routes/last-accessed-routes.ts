import type { Router } from 'express';
import { lastAccessedQuerySchema } from '../contracts/last-accessed.js';
import { getLastAccessed } from '../services/last-accessed/get-last-accessed.js';
import { parse, signedIn } from './handler.js';

export function mountLastAccessedRoutes(router: Router): void {
  router.get(
    '/last-accessed',
    signedIn((ctx, req) => getLastAccessed({ ctx, arn: parse(lastAccessedQuerySchema, req.query).arn })),
  );
}
