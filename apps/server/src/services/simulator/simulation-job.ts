// What the simulator worker computes (src/simulator-worker): everything in a simulation that
// costs CPU — checking pasted policies, compiling, evaluating and explaining — as plain data in
// and plain data out, so that it can cross to a worker thread. The services read the database,
// authorise and resolve the principal on the main thread, then hand a job over.
import type { ContextValue, PolicyInput } from '@gatehouse/evaluator';
import type { SimulatedPolicy, SimulationPage } from '@gatehouse/contracts/simulator/simulator';
import { checkPolicies, checkResourcePolicy, simulationCaller } from './pasted-policies.js';
import { policyContextKeys } from './policy-context-keys.js';
import { runSimulation, type ResourcePolicy } from './run-simulation.js';

export interface SimulateJob {
  kind: 'simulate';
  /** The principal's own stored policies (already valid), first in the response. */
  own: SimulatedPolicy[];
  /** Pasted identity policies, checked here. */
  pasted: string[];
  /** A pasted permissions boundary, checked here. */
  boundary?: string;
  /** A pasted resource-based policy, checked here. */
  resourcePolicy?: string;
  /** AWS's CallerArn, checked here. */
  callerArn?: string;
  /** Who the simulation runs as without `callerArn`. */
  defaultCaller: string;
  /** Whether `defaultCaller` may stand in front of a resource policy (only a real user may). */
  defaultCallerMatchesResourcePolicy: boolean;
  resourceOwner?: string;
  actions: string[];
  resources: string[];
  context: Record<string, ContextValue>;
  maxItems?: number;
  marker?: string;
  /** The SCP levels bounding the principal's account (a member account of an organization). */
  scp?: PolicyInput[][];
  /**
   * Answer with the response's JSON text (`head`'s members first), written here rather than on
   * the event loop: a page of explanations can be megabytes of JSON.
   */
  asJson?: { head: Record<string, unknown> };
}

export interface SimulateResult extends SimulationPage {
  policies: SimulatedPolicy[];
}

export interface ContextKeysJob {
  kind: 'context-keys';
  /** Stored policies' documents (already valid). */
  documents: string[];
  /** Pasted identity policies, checked here. */
  pasted: string[];
}

export type SimulationJob = SimulateJob | ContextKeysJob;

export type SimulationJobResult<J extends SimulationJob> = J extends SimulateJob
  ? J['asJson'] extends object
    ? { json: string }
    : SimulateResult
  : { contextKeyNames: string[] };

async function simulate(job: SimulateJob): Promise<SimulateResult> {
  const policies = [
    ...job.own,
    ...(await checkPolicies(job.pasted)),
    ...(await checkPolicies(job.boundary === undefined ? [] : [job.boundary], 'boundary')),
  ];
  const resourcePolicy: ResourcePolicy | undefined =
    job.resourcePolicy === undefined ? undefined : checkResourcePolicy(job.resourcePolicy);
  const fallback = resourcePolicy && !job.defaultCallerMatchesResourcePolicy ? undefined : job.defaultCaller;
  const page = await runSimulation({
    principal: simulationCaller(job.callerArn, fallback),
    policies,
    resourcePolicy,
    resourceOwner: job.resourceOwner,
    actions: job.actions,
    resources: job.resources,
    context: job.context,
    maxItems: job.maxItems,
    marker: job.marker,
    scp: job.scp,
  });
  return { policies, ...page };
}

async function contextKeys(job: ContextKeysJob): Promise<{ contextKeyNames: string[] }> {
  const pasted = await checkPolicies(job.pasted);
  return { contextKeyNames: policyContextKeys([...job.documents, ...pasted.map((p) => p.document)]) };
}

/** Runs one job (in the worker; tests may call it in-process). */
export async function runSimulationJob(job: SimulationJob): Promise<unknown> {
  if (job.kind === 'context-keys') return contextKeys(job);
  const result = await simulate(job);
  return job.asJson ? { json: JSON.stringify({ ...job.asJson.head, ...result }) } : result;
}
