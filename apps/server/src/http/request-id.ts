import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { locals } from './locals.js';

/** Every request gets an id: in the response header, the log line and its audit rows. */
export function requestId(): RequestHandler {
  return (_req, res, next) => {
    const id = randomUUID();
    locals(res).requestId = id;
    res.setHeader('X-Request-Id', id);
    next();
  };
}
