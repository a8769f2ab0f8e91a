import { checkPolicyText, type ContextValue } from '@gatehouse/evaluator';
import type { SimulatedPolicy, SimulationResponse } from '../../contracts/simulator/simulator.js';
import { authorize } from '../../authz/authorize.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';
import { runSimulation } from './run-simulation.js';

/** What a set of pasted identity policies would allow, for a principal of the caller's account. */
export async function simulateCustomPolicy(options: {
  ctx: ServiceContext;
  policies: string[];
  actions: string[];
  resources: string[];
  context: Record<string, ContextValue>;
}): Promise<SimulationResponse> {
  const { ctx } = options;
  await authorize(ctx, 'iam:SimulateCustomPolicy', '*');
  const policies: SimulatedPolicy[] = options.policies.map((text, index) => {
    const checked = checkPolicyText(text, 'identity', { sizeLimit: Infinity });
    if (!checked.ok) {
      const first = checked.diagnostics.find((d) => d.severity === 'error');
      throw new AppError(
        'MalformedPolicyDocument',
        `policy ${index + 1} is not a valid policy: ${first?.message ?? 'it cannot be parsed'}`,
        { diagnostics: checked.diagnostics, details: { policyIndex: index } },
      );
    }
    return {
      id: `custom-policy-${index + 1}`,
      name: `Custom policy ${index + 1}`,
      category: 'identity',
      document: text,
    };
  });
  const results = runSimulation({
    principal: `arn:aws:iam::${ctx.principal.accountId}:user/simulated`,
    policies,
    actions: options.actions,
    resources: options.resources,
    context: options.context,
  });
  return { policies, results };
}
