// One simulator run: fetch the principal's policies, evaluate in the browser (groups, which
// have no effective-policies route, are evaluated by the server's simulation API).
import type { ContextValue } from '@gatehouse/evaluator';
import type { QueryClient } from '@tanstack/react-query';
import {
  effectivePoliciesQuery,
  simulatePrincipalPolicy,
  type PrincipalKind,
} from '../../api/simulator-api.js';
import {
  runSimulation,
  type BrowserSimulationResult,
  type SimulationPolicy,
} from '../../api/simulator-run.js';

export interface SimulatorRun {
  policies: SimulationPolicy[];
  results: BrowserSimulationResult[];
  /** Fetching the effective policies, ms (user and role; groups and custom policies fetch none). */
  fetchMs?: number;
  /** Compiling and evaluating every action × resource in the browser, or the server's round trip for a group, ms. */
  evaluateMs: number;
  /** True when the server simulated (a group: it has no effective-policies route). */
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

export async function runSimulator(client: QueryClient, input: SimulatorInput): Promise<SimulatorRun> {
  if (input.kind === 'custom') {
    const policies = input.customPolicies.map((document, i): SimulationPolicy => ({
      id: `custom-policy-${i + 1}`,
      name: `Custom policy ${i + 1}`,
      category: 'identity',
      document,
    }));
    return evaluateTimed(`arn:aws:iam::${input.accountId}:user/simulated`, policies, input);
  }
  if (input.kind === 'group') {
    const t0 = performance.now();
    const request = {
      groupName: input.name,
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
  const t0 = performance.now();
  // staleTime 0: always the policies as they are now, so the figure includes the fetch.
  const effective = await client.fetchQuery({
    ...effectivePoliciesQuery(input.kind, input.name),
    staleTime: 0,
  });
  const fetchMs = performance.now() - t0;
  const policies = effective.items.map((p): SimulationPolicy => ({
    id: p.id,
    name: p.label,
    category: p.category,
    document: p.document,
  }));
  return { ...evaluateTimed(effective.principalArn, policies, input), fetchMs };
}
