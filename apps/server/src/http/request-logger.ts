import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { locals } from './locals.js';

/**
 * One log line per request when it finishes. Logs the path without its query string (the
 * setup link carries a token there) and never headers or bodies.
 */
export function requestLogger(log: Logger): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const l = locals(res);
      log.info(
        {
          reqId: l.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - start) / 1000n) / 1000,
          principal: l.session?.principal.arn,
        },
        'request',
      );
    });
    next();
  };
}
