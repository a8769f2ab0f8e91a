import type { Response, Router } from 'express';
import {
  simulateCustomPolicyRequestSchema,
  simulatePrincipalPolicyRequestSchema,
} from '../../contracts/simulator/simulator.js';
import { simulateCustomPolicy } from '../../services/simulator/simulate-custom-policy.js';
import { simulatePrincipalPolicy } from '../../services/simulator/simulate-principal-policy.js';
import { parse, signedIn } from '../handler.js';

/** Aborts when the client goes away before its answer is sent: the simulation is given up. */
function clientGone(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

export function mountSimulatorRoutes(router: Router): void {
  router.post(
    '/simulator/principal-policy',
    signedIn((ctx, req, res) =>
      simulatePrincipalPolicy({
        ctx,
        ...parse(simulatePrincipalPolicyRequestSchema, req.body),
        signal: clientGone(res),
      }),
    ),
  );
  router.post(
    '/simulator/custom-policy',
    signedIn((ctx, req, res) =>
      simulateCustomPolicy({
        ctx,
        ...parse(simulateCustomPolicyRequestSchema, req.body),
        signal: clientGone(res),
      }),
    ),
  );
}
