import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { locals } from './locals.js';

/** A new request id, already in the response's `X-Request-Id` header. */
export function assignRequestId(res: ServerResponse): string {
  const id = randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Every request gets an id: in the response header, the log line and its audit rows. */
export function requestId(): RequestHandler {
  return (_req, res, next) => {
    locals(res).requestId = assignRequestId(res);
    next();
  };
}
