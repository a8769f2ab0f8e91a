import { authorize } from '../../authz/authorize.js';
import type { ServiceContext } from '../service-context.js';
import { policyContextKeys } from './policy-context-keys.js';
import { checkPolicies } from './simulate-custom-policy.js';
import { simulationGate } from './simulation-gate.js';

export interface GetContextKeysForCustomPolicyOptions {
  ctx: ServiceContext;
  /** Policy documents as JSON text, each an identity policy. */
  policies: string[];
}

/**
 * The context keys pasted policies use: what a simulation of them may need values for. The
 * policies are checked as SimulateCustomPolicy checks them (MalformedPolicyDocument).
 */
export async function getContextKeysForCustomPolicy(
  options: GetContextKeysForCustomPolicyOptions,
): Promise<{ contextKeyNames: string[] }> {
  const { ctx } = options;
  await authorize(ctx, 'iam:GetContextKeysForCustomPolicy', '*');
  return simulationGate.run(async () => {
    const policies = await checkPolicies(options.policies);
    return { contextKeyNames: policyContextKeys(policies.map((p) => p.document)) };
  });
}
