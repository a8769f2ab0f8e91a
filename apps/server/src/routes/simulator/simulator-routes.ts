import type { Request, RequestHandler, Response, Router } from 'express';
import {
  simulateCustomPolicyRequestSchema,
  simulatePrincipalPolicyRequestSchema,
} from '@gatehouse/contracts/simulator/simulator';
import { simulateCustomPolicyJson } from '../../services/simulator/simulate-custom-policy.js';
import { simulatePrincipalPolicyJson } from '../../services/simulator/simulate-principal-policy.js';
import type { ServiceContext } from '../../services/service-context.js';
import { parse, serviceContext } from '../handler.js';

/** Aborts when the client goes away before its answer is sent: the simulation is given up. */
function clientGone(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/**
 * A signed-in route whose service answers with JSON text (written by the simulator worker): sent
 * as it is, so the event loop neither serialises nor hashes megabytes of explanations.
 */
function jsonText(
  handler: (ctx: ServiceContext, req: Request, signal: AbortSignal) => Promise<string>,
): RequestHandler {
  return async (req, res) => {
    const text = await handler(serviceContext(req, res), req, clientGone(res));
    res.status(200);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(text));
    res.end(text);
  };
}

export function mountSimulatorRoutes(router: Router): void {
  router.post(
    '/simulator/principal-policy',
    jsonText((ctx, req, signal) =>
      simulatePrincipalPolicyJson({ ctx, ...parse(simulatePrincipalPolicyRequestSchema, req.body), signal }),
    ),
  );
  router.post(
    '/simulator/custom-policy',
    jsonText((ctx, req, signal) =>
      simulateCustomPolicyJson({ ctx, ...parse(simulateCustomPolicyRequestSchema, req.body), signal }),
    ),
  );
}
