import type { Router } from 'express';
import {
  simulateCustomPolicyRequestSchema,
  simulatePrincipalPolicyRequestSchema,
} from '../../contracts/simulator/simulator.js';
import { simulateCustomPolicy } from '../../services/simulator/simulate-custom-policy.js';
import { simulatePrincipalPolicy } from '../../services/simulator/simulate-principal-policy.js';
import { parse, signedIn } from '../handler.js';

export function mountSimulatorRoutes(router: Router): void {
  router.post(
    '/simulator/principal-policy',
    signedIn((ctx, req) =>
      simulatePrincipalPolicy({ ctx, ...parse(simulatePrincipalPolicyRequestSchema, req.body) }),
    ),
  );
  router.post(
    '/simulator/custom-policy',
    signedIn((ctx, req) =>
      simulateCustomPolicy({ ctx, ...parse(simulateCustomPolicyRequestSchema, req.body) }),
    ),
  );
}
