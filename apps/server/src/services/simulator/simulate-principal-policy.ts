import type { ContextValue } from '@gatehouse/evaluator';
import type { SimulationResponse } from '../../contracts/simulator/simulator.js';
import type { ServiceContext } from '../service-context.js';
import {
  principalFromArn,
  resolveSimulatedPrincipal,
  type PrincipalRef,
} from './resolve-simulated-principal.js';
import { runSimulation } from './run-simulation.js';
import { simulationGate } from './simulation-gate.js';

export interface SimulatePrincipalPolicyOptions {
  ctx: ServiceContext;
  principalArn?: string;
  userName?: string;
  groupName?: string;
  roleName?: string;
  actions: string[];
  resources: string[];
  context: Record<string, ContextValue>;
  /** Results per page, 1–1000 (AWS's MaxItems; default 100). */
  maxItems?: number;
  /** The previous page's `marker` (AWS's Marker). */
  marker?: string;
}

function principalRef(options: SimulatePrincipalPolicyOptions): PrincipalRef {
  if (options.userName !== undefined) return { kind: 'user', name: options.userName };
  if (options.groupName !== undefined) return { kind: 'group', name: options.groupName };
  if (options.roleName !== undefined) return { kind: 'role', name: options.roleName };
  return principalFromArn(options.ctx, options.principalArn ?? '');
}

/**
 * What a user, group or role may do: their effective policies (a group's own; a user's with
 * their groups' and boundary) evaluated for each action and resource, one page at a time (see
 * runSimulation). Simulation reads policies but changes nothing, so it writes no audit row (a
 * refusal is audited by `authorize`).
 */
export async function simulatePrincipalPolicy(
  options: SimulatePrincipalPolicyOptions,
): Promise<SimulationResponse> {
  const principal = await resolveSimulatedPrincipal(options.ctx, principalRef(options));
  const policies = principal.policies.map((p) => ({
    id: p.id,
    name: p.label,
    category: p.category,
    document: p.document,
  }));
  const page = await simulationGate.run(() =>
    runSimulation({
      principal: principal.callerArn,
      policies,
      actions: options.actions,
      resources: options.resources,
      context: options.context,
      maxItems: options.maxItems,
      marker: options.marker,
    }),
  );
  return { principalArn: principal.arn, policies, ...page };
}
