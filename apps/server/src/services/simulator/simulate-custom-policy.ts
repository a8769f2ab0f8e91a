import { checkPolicyText, type ContextValue } from '@gatehouse/evaluator';
import type { SimulatedPolicy, SimulationResponse } from '../../contracts/simulator/simulator.js';
import { authorize } from '../../authz/authorize.js';
import { AppError } from '../../errors/app-error.js';
import type { ServiceContext } from '../service-context.js';
import { simulatedCallerArn } from './resolve-simulated-principal.js';
import { runSimulation, type ResourcePolicy } from './run-simulation.js';
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
  /** A pasted permissions boundary that caps the policies (AWS's PermissionsBoundaryPolicyInputList). */
  boundaryPolicy?: string;
  /** A resource-based policy every resource is treated as having (AWS's ResourcePolicy). */
  resourcePolicy?: string;
  /** The IAM user the simulation runs as (AWS's CallerArn); needed with `resourcePolicy`. */
  callerArn?: string;
  /** The account owning resources whose ARN names none (AWS's ResourceOwner). */
  resourceOwner?: string;
}

/** Pasted policies by kind: their ids (which explanations refer to) and what messages call them. */
const PASTED = {
  identity: { id: 'custom-policy', name: 'Custom policy', called: 'policy' },
  boundary: { id: 'custom-boundary', name: 'Custom permissions boundary', called: 'permissions boundary' },
} as const;

function checkedText(text: string, kind: 'identity' | 'boundary' | 'resource', called: string, index = 0) {
  const checked = checkPolicyText(text, kind, { sizeLimit: Infinity });
  if (checked.ok) return;
  const first = checked.diagnostics.find((d) => d.severity === 'error');
  throw new AppError(
    'MalformedPolicyDocument',
    `${called} is not a valid policy: ${first?.message ?? 'it cannot be parsed'}`,
    { diagnostics: checked.diagnostics, details: { policyIndex: index } },
  );
}

/**
 * Each pasted policy checked as an identity policy (or a permissions boundary);
 * MalformedPolicyDocument names the first bad one.
 */
export async function checkPolicies(
  texts: string[],
  kind: 'identity' | 'boundary' = 'identity',
): Promise<SimulatedPolicy[]> {
  const slice = new TimeSlice();
  const pasted = PASTED[kind];
  const policies: SimulatedPolicy[] = [];
  for (const [index, text] of texts.entries()) {
    checkedText(text, kind, `${pasted.called} ${index + 1}`, index);
    policies.push({
      id: `${pasted.id}-${index + 1}`,
      name: `${pasted.name} ${index + 1}`,
      category: kind,
      document: text,
    });
    await slice.pause();
  }
  return policies;
}

/** A pasted resource-based policy, checked as one (it names a Principal). */
export function checkResourcePolicy(text: string): ResourcePolicy {
  checkedText(text, 'resource', 'the resource policy');
  return { id: 'resource-policy', name: 'Resource policy', document: text };
}

/**
 * Who a simulation runs as: `callerArn`, else `fallback`. A caller passes no fallback when a
 * resource policy needs a real IAM user to match its Principal against (AWS's rule).
 */
export function simulationCaller(callerArn: string | undefined, fallback: string | undefined): string {
  if (callerArn !== undefined) return simulatedCallerArn(callerArn);
  if (fallback !== undefined) return fallback;
  throw new AppError(
    'InvalidInput',
    'a simulation with a resource policy needs `callerArn`: the IAM user its Principal is matched against',
    { fieldErrors: [{ path: 'callerArn', message: 'enter the ARN of an IAM user' }] },
  );
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
    if (options.boundaryPolicy !== undefined) {
      policies.push(...(await checkPolicies([options.boundaryPolicy], 'boundary')));
    }
    const resourcePolicy =
      options.resourcePolicy === undefined ? undefined : checkResourcePolicy(options.resourcePolicy);
    const page = await runSimulation({
      principal: simulationCaller(
        options.callerArn,
        resourcePolicy ? undefined : `arn:aws:iam::${ctx.principal.accountId}:user/simulated`,
      ),
      policies,
      resourcePolicy,
      resourceOwner: options.resourceOwner,
      actions: options.actions,
      resources: options.resources,
      context: options.context,
      maxItems: options.maxItems,
      marker: options.marker,
    });
    return { policies, ...page };
  });
}
