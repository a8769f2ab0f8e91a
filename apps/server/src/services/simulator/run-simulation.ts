// The simulation itself: compile the policies once, explain action × resource pairs in order,
// one page at a time (AWS's MaxItems/Marker), within a page budget, yielding to the event loop
// as it goes. Callers run it inside `simulationGate` (the services do).
import {
  compilePolicySetAsync,
  explain,
  parseArn,
  parsePolicy,
  type CompiledPolicySet,
  type ContextValue,
  type PolicyInput,
} from '@gatehouse/evaluator';
import {
  MAX_ITEMS,
  type SimulatedPolicy,
  type SimulationPage,
  type SimulationResult,
} from '@gatehouse/contracts/simulator/simulator';
import { documentWork, PAGE_BYTES, PAGE_WORK } from './simulation-budget.js';
import { decodeMarker, encodeMarker, simulationFingerprint } from './simulation-marker.js';
import { TimeSlice } from './time-slice.js';

/** A resource-based policy every simulated resource is treated as having. */
export type ResourcePolicy = Omit<SimulatedPolicy, 'category'>;

export interface SimulationInput {
  principal: string;
  policies: SimulatedPolicy[];
  resourcePolicy?: ResourcePolicy;
  /**
   * The account owning resources whose ARN names none (S3 buckets and objects); without it,
   * the principal's (AWS's ResourceOwner, which defaults to the caller's account).
   */
  resourceOwner?: string;
  actions: string[];
  resources: string[];
  context: Record<string, ContextValue>;
  /** Results per page, 1–1000 (AWS's MaxItems; default 100). */
  maxItems?: number;
  /** The previous page's `marker`. */
  marker?: string;
  /**
   * The service control policies bounding the principal's account, one array per level from
   * the organization's root down to the account (a member account's; absent otherwise).
   */
  scp?: PolicyInput[][];
}

interface Compiled {
  set: CompiledPolicySet;
  /** Work units of explaining one pair (simulation-budget.ts). */
  pairWork: number;
}

type Compilable = (SimulatedPolicy | (ResourcePolicy & { category: 'resource' }))[];

async function compile(
  policies: Compilable,
  scp: PolicyInput[][] | undefined,
  slice: TimeSlice,
): Promise<Compiled> {
  const identity: PolicyInput[] = [];
  const boundary: PolicyInput[] = [];
  const resource: PolicyInput[] = [];
  let pairWork = 0;
  for (const policy of policies) {
    const document = parsePolicy(policy.document).document;
    if (document) {
      const into = { identity, boundary, resource }[policy.category];
      into.push({
        id: policy.id,
        name: policy.name,
        document,
      });
      pairWork += documentWork(document);
    }
    await slice.pause();
  }
  for (const level of scp ?? []) for (const policy of level) pairWork += documentWork(policy.document);
  // One policy at a time, yielding as the slice says: a principal's 110 policies take ~100 ms.
  const set = await compilePolicySetAsync({ identity, boundary, resource, ...(scp ? { scp } : {}) }, () =>
    slice.pause(),
  );
  return { set, pairWork: Math.max(pairWork, 1) };
}

/**
 * The last few compiled sets, by their policies: the pages after the first of a big simulation
 * skip compiling it again (a principal's 110 policies of 6 KB take ~100 ms to compile).
 */
const recentlyCompiled = new Map<string, Compiled>();
const RECENTLY_COMPILED = 2;

async function compileOnce(
  policies: Compilable,
  scp: PolicyInput[][] | undefined,
  slice: TimeSlice,
): Promise<Compiled> {
  const key = simulationFingerprint([policies, scp ?? null]);
  const cached = recentlyCompiled.get(key);
  if (cached) return cached;
  const compiled = await compile(policies, scp, slice);
  recentlyCompiled.set(key, compiled);
  const oldest = recentlyCompiled.keys().next().value;
  if (recentlyCompiled.size > RECENTLY_COMPILED && oldest !== undefined) recentlyCompiled.delete(oldest);
  return compiled;
}

export async function runSimulation(input: SimulationInput): Promise<SimulationPage> {
  const { actions, resources } = input;
  const total = actions.length * resources.length;
  const fingerprint = simulationFingerprint([
    input.principal,
    input.policies,
    actions,
    resources,
    input.context,
    input.resourcePolicy ?? null,
    input.resourceOwner ?? null,
    input.scp ?? null,
  ]);
  const start = input.marker === undefined ? 0 : decodeMarker(input.marker, fingerprint, total);
  const maxItems = input.maxItems ?? MAX_ITEMS.default;
  const slice = new TimeSlice();
  const resourcePolicy = input.resourcePolicy
    ? [{ ...input.resourcePolicy, category: 'resource' as const }]
    : [];
  const { set, pairWork } = await compileOnce([...input.policies, ...resourcePolicy], input.scp, slice);
  const results: SimulationResult[] = [];
  let bytes = 0;
  let next = start;
  // At least one result a page, so that paging always moves on.
  while (next < total && results.length < maxItems) {
    if (results.length > 0 && (bytes >= PAGE_BYTES || (results.length + 1) * pairWork > PAGE_WORK)) break;
    const action = actions[Math.floor(next / resources.length)]!;
    const resource = resources[next % resources.length]!;
    const explanation = explain(set, {
      principal: input.principal,
      action,
      resource,
      context: input.context,
      resourceAccount: parseArn(resource)?.account ? undefined : input.resourceOwner,
    });
    const result: SimulationResult = { action, resource, decision: explanation.decision, explanation };
    bytes += JSON.stringify(result).length;
    results.push(result);
    next++;
    await slice.pause();
  }
  return next < total
    ? { results, isTruncated: true, marker: encodeMarker(next, fingerprint) }
    : { results, isTruncated: false };
}
