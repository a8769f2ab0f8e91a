import { checkPolicyText, type ContextValue } from '@gatehouse/evaluator';
import type { SimulatedPolicy, SimulationResponse } from '../../contracts/simulator/simulator.js';
import { authorize } from '../../authz/authorize.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';
import { runSimulation } from './run-simulation.js';
import { simulationGate } from './simulation-gate.js';
import { TimeSlice } from './time-slice.js';

export interface SimulateCustomPolicyOptions {
  ctx: ServiceContext;
  policies: string[];
  actions: string[];
  resources: string[];
  context: Record<string, ContextValue>;
  /** Results per page, 1–1000 (AWS's MaxItems; default 100). */
  maxItems?: number;
  /** The previous page's `marker` (AWS's Marker). */
  marker?: string;
}

/** Each pasted policy checked as an identity policy; MalformedPolicyDocument names the first bad one. */
async function checkPolicies(texts: string[]): Promise<SimulatedPolicy[]> {
  const slice = new TimeSlice();
  const policies: SimulatedPolicy[] = [];
  for (const [index, text] of texts.entries()) {
    const checked = checkPolicyText(text, 'identity', { sizeLimit: Infinity });
    if (!checked.ok) {
      const first = checked.diagnostics.find((d) => d.severity === 'error');
      throw new AppError(
        'MalformedPolicyDocument',
        `policy ${index + 1} is not a valid policy: ${first?.message ?? 'it cannot be parsed'}`,
        { diagnostics: checked.diagnostics, details: { policyIndex: index } },
      );
    }
    policies.push({
      id: `custom-policy-${index + 1}`,
      name: `Custom policy ${index + 1}`,
      category: 'identity',
      document: text,
    });
    await slice.pause();
  }
  return policies;
}

/**
 * What a set of pasted identity policies would allow, for a principal of the caller's account:
 * one page of results (see runSimulation).
 */
export async function simulateCustomPolicy(
  options: SimulateCustomPolicyOptions,
): Promise<SimulationResponse> {
  const { ctx } = options;
  await authorize(ctx, 'iam:SimulateCustomPolicy', '*');
  return simulationGate.run(async () => {
    const policies = await checkPolicies(options.policies);
    const page = await runSimulation({
      principal: `arn:aws:iam::${ctx.principal.accountId}:user/simulated`,
      policies,
      actions: options.actions,
      resources: options.resources,
      context: options.context,
      maxItems: options.maxItems,
      marker: options.marker,
    });
    return { policies, ...page };
  });
}
