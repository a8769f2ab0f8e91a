import type { ContextValue } from '@gatehouse/evaluator';
import { loadOrgFacts, orgContextKeys } from '../../authz/scp-levels.js';
import type { SimulatedPolicy, SimulationResponse } from '@gatehouse/contracts/simulator/simulator';
import { simulatorPool } from '../../simulator-worker/pool.js';
import type { SimulateJob } from './simulation-job.js';
import type { ServiceContext } from '../service-context.js';
import { withPrincipalValues } from './principal-values.js';
import {
  principalFromArn,
  resolveSimulatedPrincipal,
  type PrincipalRef,
} from './resolve-simulated-principal.js';

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
  /** Pasted identity policies simulated with the principal's own (AWS's PolicyInputList). */
  extraPolicies?: string[];
  /**
   * A pasted permissions boundary simulated in place of the principal's own (AWS's
   * PermissionsBoundaryPolicyInputList).
   */
  boundaryPolicy?: string;
  /** A resource-based policy every resource is treated as having (AWS's ResourcePolicy). */
  resourcePolicy?: string;
  /**
   * The IAM user the simulation runs as, with the principal's policies (AWS's CallerArn);
   * needed with `resourcePolicy` when the principal is a group or a role.
   */
  callerArn?: string;
  /** The account owning resources whose ARN names none (AWS's ResourceOwner). */
  resourceOwner?: string;
  /** Aborts when the client goes away: the simulation is given up. */
  signal?: AbortSignal;
}

function principalRef(options: SimulatePrincipalPolicyOptions): PrincipalRef {
  if (options.userName !== undefined) return { kind: 'user', name: options.userName };
  if (options.groupName !== undefined) return { kind: 'group', name: options.groupName };
  if (options.roleName !== undefined) return { kind: 'role', name: options.roleName };
  return principalFromArn(options.ctx, options.principalArn ?? '');
}

/**
 * What a user, group or role may do: their effective policies (a group's own; a user's with
 * their groups' and boundary), with any pasted policies, boundary (in place of theirs) and
 * resource policy, evaluated for each action and resource with the principal's own condition values
 * (aws:username, aws:PrincipalTag/*, … as enforcement fills them) and, in a member account of
 * an organization, bounded by its service control policies, one page at a time (see
 * runSimulation). Simulation reads policies but changes nothing, so it writes no audit row (a
 * refusal is audited by `authorize`).
 */
export async function simulatePrincipalPolicy(
  options: SimulatePrincipalPolicyOptions,
): Promise<SimulationResponse> {
  const { job, principalArn } = await principalJob(options);
  return { principalArn, ...(await simulatorPool.run(job, options.signal)) };
}

/** simulatePrincipalPolicy's response as JSON text, written off the event loop (the console's route). */
export async function simulatePrincipalPolicyJson(options: SimulatePrincipalPolicyOptions): Promise<string> {
  const { job, principalArn } = await principalJob(options);
  const answer = await simulatorPool.run({ ...job, asJson: { head: { principalArn } } }, options.signal);
  return answer.json;
}

/** The principal, authorised and resolved, and the job that simulates it. */
async function principalJob(
  options: SimulatePrincipalPolicyOptions,
): Promise<{ job: SimulateJob & { asJson?: undefined }; principalArn: string }> {
  const principal = await resolveSimulatedPrincipal(options.ctx, principalRef(options));
  // In a member account of an organization its SCPs bound the principal, as they do when it
  // calls (AWS's simulator includes them too), and aws:PrincipalOrgID/OrgPaths are the org's.
  const org = await loadOrgFacts(options.ctx.db, options.ctx.principal.accountId);
  const own: SimulatedPolicy[] = principal.policies
    .filter((p) => options.boundaryPolicy === undefined || p.category !== 'boundary')
    .map((p) => ({ id: p.id, name: p.label, category: p.category, document: p.document }));
  const job = {
    kind: 'simulate' as const,
    own,
    pasted: options.extraPolicies ?? [],
    boundary: options.boundaryPolicy,
    resourcePolicy: options.resourcePolicy,
    callerArn: options.callerArn,
    // A resource policy's Principal is matched against a user: a group or role needs callerArn.
    defaultCaller: principal.callerArn,
    defaultCallerMatchesResourcePolicy: principal.kind === 'user',
    resourceOwner: options.resourceOwner,
    actions: options.actions,
    resources: options.resources,
    // What enforcement knows of the principal, unless the caller says otherwise.
    context: withPrincipalValues({ ...principal.values, ...orgContextKeys(org, undefined) }, options.context),
    maxItems: options.maxItems,
    marker: options.marker,
    scp: org?.scpLevels,
  };
  return { job, principalArn: principal.arn };
}
