import type { ServiceContext } from '../service-context.js';
import { simulatorPool } from '../../simulator-worker/pool.js';
import { principalFromArn, resolveSimulatedPrincipal } from './resolve-simulated-principal.js';

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
  return simulatorPool.run({
    kind: 'context-keys',
    documents: principal.policies.map((p) => p.document),
    pasted: options.extraPolicies ?? [],
  });
}
