import express from 'express';
import { requestId } from './http/request-id.js';
import { requestLogger } from './http/request-logger.js';
import { securityHeaders } from './http/security-headers.js';
import { staticSpa } from './http/static-spa.js';
import { apiRouter } from './routes/api-router.js';
import { awsDoor } from './aws/door.js';
import type { AppDeps } from './services/service-context.js';

/** The HTTP application: /api for the console's JSON API, the AWS API at /, the built console for the rest. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.locals.deps = deps;
  app.use(requestId());
  app.use(requestLogger(deps.log));
  app.use(securityHeaders());
  app.use('/api', apiRouter(deps.log));
  app.use(awsDoor());
  app.use(staticSpa(deps.config.webDistDir));
  return app;
}
