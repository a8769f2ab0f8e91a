// One simulator run. A user, group or role is simulated by the server's simulation API, which
// knows what the browser does not — the principal's own condition values (aws:username,
// aws:PrincipalTag/*, … as enforcement fills them) — so the page decides as enforcement does.
// Pasted custom policies, which have no principal, are evaluated in the browser.
import type { ContextValue } from '@gatehouse/evaluator';
import { simulatePrincipalPolicy, type PrincipalKind } from '../../api/simulator-api.js';
import {
  runSimulation,
  type BrowserSimulationResult,
  type SimulationPolicy,
} from '../../api/simulator-run.js';

export interface SimulatorRun {
  policies: SimulationPolicy[];
  results: BrowserSimulationResult[];
  /** Fetching the principal's policies, ms (none now: the server simulates principals). */
  fetchMs?: number;
  /** Compiling and evaluating every action × resource in the browser, or the server's round trips for a principal, ms. */
  evaluateMs: number;
  /** True when the server simulated (a user, group or role). */
  byServer?: boolean;
}

export interface SimulatorInput {
  kind: PrincipalKind | 'custom';
  name: string;
  customPolicies: string[];
  accountId: string;
  actions: string[];
  resources: string[];
  context: Record<string, ContextValue>;
}

function evaluateTimed(
  principalArn: string,
  policies: SimulationPolicy[],
  input: SimulatorInput,
): SimulatorRun {
  const t0 = performance.now();
  const results = runSimulation({ principalArn, policies, ...input });
  return { policies, results, evaluateMs: performance.now() - t0 };
}

const principalField = { user: 'userName', group: 'groupName', role: 'roleName' } as const;

export async function runSimulator(input: SimulatorInput): Promise<SimulatorRun> {
  if (input.kind === 'custom') {
    const policies = input.customPolicies.map((document, i): SimulationPolicy => ({
      id: `custom-policy-${i + 1}`,
      name: `Custom policy ${i + 1}`,
      category: 'identity',
      document,
    }));
    return evaluateTimed(`arn:aws:iam::${input.accountId}:user/simulated`, policies, input);
  }
  const t0 = performance.now();
  const request = {
    [principalField[input.kind]]: input.name,
    actions: input.actions,
    resources: input.resources,
    context: Object.fromEntries(
      Object.entries(input.context).map(([k, v]) => [k, Array.isArray(v) ? [...(v as string[])] : v]),
    ) as Record<string, string | number | boolean | string[]>,
    maxItems: 1000,
  };
  // The server answers in pages (as AWS's simulator does): follow them to the end.
  let res = await simulatePrincipalPolicy(request);
  const results = [...res.results];
  while (res.isTruncated && res.marker) {
    res = await simulatePrincipalPolicy({ ...request, marker: res.marker });
    results.push(...res.results);
  }
  return {
    policies: res.policies,
    results,
    evaluateMs: performance.now() - t0,
    byServer: true,
  };
}
