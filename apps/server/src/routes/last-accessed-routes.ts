import type { Router } from 'express';
import { lastAccessedQuerySchema } from '@gatehouse/contracts/last-accessed';
import { getLastAccessed } from '../services/last-accessed/get-last-accessed.js';
import { parse, signedIn } from './handler.js';

export function mountLastAccessedRoutes(router: Router): void {
  router.get(
    '/last-accessed',
    signedIn((ctx, req) => getLastAccessed({ ctx, arn: parse(lastAccessedQuerySchema, req.query).arn })),
  );
}
