import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { locals } from './locals.js';

/**
 * One log line for the request when its response has been sent. Logs the path without its
 * query string (the setup link carries a token there) and never headers or bodies.
 * `principal` is asked for then: the caller is known only once the request was authenticated.
 */
export function logWhenFinished(
  log: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  principal: () => string | undefined,
): void {
  const start = process.hrtime.bigint();
  const url = req.url ?? '';
  res.once('finish', () => {
    const query = url.indexOf('?');
    log.info(
      {
        reqId: requestId,
        method: req.method,
        path: query < 0 ? url : url.slice(0, query),
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - start) / 1000n) / 1000,
        principal: principal(),
      },
      'request',
    );
  });
}

/** The console's requests: logWhenFinished with the signed-in session's principal. */
export function requestLogger(log: Logger): RequestHandler {
  return (req, res, next) => {
    const l = locals(res);
    logWhenFinished(log, req, res, l.requestId, () => l.session?.principal.arn);
    next();
  };
}
