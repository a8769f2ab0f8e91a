// The simulation in the browser: the same evaluator the server uses, on the policies the server
// returned for the principal. Compiled once per run; one explanation per action and resource.
import {
  compilePolicySet,
  explain,
  parsePolicy,
  type ContextValue,
  type Decision,
  type Explanation,
  type PolicyInput,
} from '@gatehouse/evaluator';

export interface SimulationPolicy {
  id: string;
  name: string;
  category: 'identity' | 'boundary';
  document: string;
}

export interface BrowserSimulationResult {
  action: string;
  resource: string;
  decision: Decision;
  explanation: Explanation;
}

export interface BrowserSimulation {
  principalArn: string;
  policies: SimulationPolicy[];
  actions: string[];
  resources: string[];
  context: Record<string, ContextValue>;
}

export function runSimulation(input: BrowserSimulation): BrowserSimulationResult[] {
  const identity: PolicyInput[] = [];
  const boundary: PolicyInput[] = [];
  for (const p of input.policies) {
    const document = parsePolicy(p.document).document;
    if (!document) continue;
    (p.category === 'boundary' ? boundary : identity).push({ id: p.id, name: p.name, document });
  }
  const set = compilePolicySet({ identity, boundary: boundary.length > 0 ? boundary : undefined });
  return input.actions.flatMap((action) =>
    input.resources.map((resource) => {
      const explanation = explain(set, {
        principal: input.principalArn,
        action,
        resource,
        context: input.context,
      });
      return { action, resource, decision: explanation.decision, explanation };
    }),
  );
}
