// The oracle side: @cloud-copilot/iam-simulate (AGPL — used only here, in tests and benchmarks).
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import type { Decision } from '../../src/types.js';
import type { DiffCase } from './generate/generate-case.js';

export type OracleAnswer = { decision: Decision } | { error: string };

const DECISIONS: Record<string, Decision> = {
  Allowed: 'Allow',
  ExplicitlyDenied: 'ExplicitDeny',
  ImplicitlyDenied: 'ImplicitDeny',
};

export function toSimulation(c: DiffCase): Simulation {
  return {
    request: {
      principal: c.request.principal,
      action: c.request.action,
      resource: { resource: c.request.resource, accountId: c.request.resourceAccount },
      contextVariables: c.request.context,
    },
    identityPolicies: c.identity.map((p) => ({ name: p.name, policy: p.json })),
    serviceControlPolicies: (c.scp ?? []).map((level, i) => ({
      orgIdentifier: `ou-level-${i}`,
      policies: level.map((p, j) => ({ name: `${p.name}-${i}-${j}`, policy: p.json })),
    })),
    resourceControlPolicies: [],
    ...(c.resource ? { resourcePolicy: c.resource.json } : {}),
    ...(c.boundary
      ? { permissionBoundaryPolicies: [{ name: c.boundary.name, policy: c.boundary.json }] }
      : {}),
    ...(c.session ? { sessionPolicy: c.session.json } : {}),
  };
}

/**
 * Runs the oracle with input validation. An error answer, or context keys the oracle dropped
 * as not applicable to the action, means the generator produced something the oracle can't judge.
 */
export async function askOracle(c: DiffCase): Promise<OracleAnswer> {
  const response = await runSimulation(toSimulation(c), {});
  if (response.resultType === 'error') return { error: JSON.stringify(response.errors) };
  if (response.resultType !== 'single') return { error: `unexpected result type ${response.resultType}` };
  const ignored = response.result.ignoredContextKeys ?? [];
  if (ignored.length > 0) return { error: `oracle ignored context keys ${ignored.join(', ')}` };
  const decision = DECISIONS[response.overallResult];
  return decision ? { decision } : { error: `unknown oracle result ${response.overallResult}` };
}
