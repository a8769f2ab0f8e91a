import type { ServiceContext } from '../service-context.js';
import { policyContextKeys } from './policy-context-keys.js';
import { principalFromArn, resolveSimulatedPrincipal } from './resolve-simulated-principal.js';
import { checkPolicies } from './simulate-custom-policy.js';
import { simulationGate } from './simulation-gate.js';

export interface GetContextKeysForPrincipalPolicyOptions {
  ctx: ServiceContext;
  /** The user, group or role. */
  principalArn: string;
  /** Pasted identity policies to include (AWS's PolicyInputList). */
  extraPolicies?: string[];
}

/**
 * The context keys a user's, group's or role's policies use (a user's with their groups' and
 * boundary, as simulatePrincipalPolicy evaluates them), and those of any pasted policies.
 * Authorised as iam:GetContextKeysForPrincipalPolicy on the principal's ARN.
 */
export async function getContextKeysForPrincipalPolicy(
  options: GetContextKeysForPrincipalPolicyOptions,
): Promise<{ contextKeyNames: string[] }> {
  const { ctx } = options;
  const principal = await resolveSimulatedPrincipal(
    ctx,
    principalFromArn(ctx, options.principalArn),
    'iam:GetContextKeysForPrincipalPolicy',
  );
  return simulationGate.run(async () => {
    const extra = await checkPolicies(options.extraPolicies ?? []);
    const documents = [...principal.policies, ...extra].map((p) => p.document);
    return { contextKeyNames: policyContextKeys(documents) };
  });
}
