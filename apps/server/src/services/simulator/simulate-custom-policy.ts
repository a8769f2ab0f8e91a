import type { ContextValue } from '@gatehouse/evaluator';
import type { SimulationResponse } from '@gatehouse/contracts/simulator/simulator';
import { authorize } from '../../authz/authorize.js';
import { simulatorPool } from '../../simulator-worker/pool.js';
import type { ServiceContext } from '../service-context.js';

export { checkPolicies, checkResourcePolicy, simulationCaller } from './pasted-policies.js';

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
  /** A pasted permissions boundary that caps the policies (AWS's PermissionsBoundaryPolicyInputList). */
  boundaryPolicy?: string;
  /** A resource-based policy every resource is treated as having (AWS's ResourcePolicy). */
  resourcePolicy?: string;
  /** The IAM user the simulation runs as (AWS's CallerArn); needed with `resourcePolicy`. */
  callerArn?: string;
  /** The account owning resources whose ARN names none (AWS's ResourceOwner). */
  resourceOwner?: string;
  /** Aborts when the client goes away: the simulation is given up. */
  signal?: AbortSignal;
}

/** The job that simulates pasted policies, once the caller may. */
async function customJob(options: SimulateCustomPolicyOptions) {
  const { ctx } = options;
  await authorize(ctx, 'iam:SimulateCustomPolicy', '*');
  return {
    kind: 'simulate' as const,
    own: [],
    pasted: options.policies,
    boundary: options.boundaryPolicy,
    resourcePolicy: options.resourcePolicy,
    callerArn: options.callerArn,
    defaultCaller: `arn:aws:iam::${ctx.principal.accountId}:user/simulated`,
    defaultCallerMatchesResourcePolicy: false,
    resourceOwner: options.resourceOwner,
    actions: options.actions,
    resources: options.resources,
    context: options.context,
    maxItems: options.maxItems,
    marker: options.marker,
  };
}

/**
 * What a set of pasted identity policies would allow, for a principal of the caller's account:
 * one page of results (see runSimulation).
 */
export async function simulateCustomPolicy(
  options: SimulateCustomPolicyOptions,
): Promise<SimulationResponse> {
  return simulatorPool.run(await customJob(options), options.signal);
}

/** simulateCustomPolicy's response as JSON text, written off the event loop (the console's route). */
export async function simulateCustomPolicyJson(options: SimulateCustomPolicyOptions): Promise<string> {
  const job = await customJob(options);
  return (await simulatorPool.run({ ...job, asJson: { head: {} } }, options.signal)).json;
}
