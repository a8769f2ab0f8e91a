import { authorize } from '../../authz/authorize.js';
import type { ServiceContext } from '../service-context.js';
import { simulatorPool } from '../../simulator-worker/pool.js';

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
  return simulatorPool.run({ kind: 'context-keys', documents: [], pasted: options.policies });
}
