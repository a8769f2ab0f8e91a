import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import { requestId } from './http/request-id.js';
import { requestLogger } from './http/request-logger.js';
import { securityHeaders } from './http/security-headers.js';
import { staticSpa } from './http/static-spa.js';
import type { TrustProxy } from './http/locals.js';
import { apiRouter } from './routes/api-router.js';
import { awsDoor, isAwsRequest } from './aws/door.js';
import type { AppDeps } from './services/service-context.js';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The HTTP application, for `http.createServer`: the AWS API at `/` (served without Express),
 * then Express with /api for the console's JSON API and the built console for the rest.
 */
export function createApp(deps: AppDeps): RequestListener {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.locals.deps = deps;
  app.use(requestId());
  app.use(requestLogger(deps.log));
  app.use(securityHeaders());
  app.use('/api', apiRouter(deps.log));
  app.use(staticSpa(deps.config.webDistDir));
  const door = awsDoor(deps, app.get('trust proxy fn') as TrustProxy);
  return (req, res) => (isAwsRequest(req) ? door(req, res) : app(req, res));
}
