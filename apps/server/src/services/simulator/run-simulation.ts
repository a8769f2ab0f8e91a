// The simulation itself: compile the policies once, explain every action × resource.
import {
  compilePolicySet,
  explain,
  parsePolicy,
  type ContextValue,
  type PolicyInput,
} from '@gatehouse/evaluator';
import type { SimulatedPolicy, SimulationResult } from '../../contracts/simulator/simulator.js';

export interface SimulationInput {
  principal: string;
  policies: SimulatedPolicy[];
  actions: string[];
  resources: string[];
  context: Record<string, ContextValue>;
}

function toInput(policy: SimulatedPolicy): PolicyInput | undefined {
  const document = parsePolicy(policy.document).document;
  return document ? { id: policy.id, name: policy.name, document } : undefined;
}

export function runSimulation(input: SimulationInput): SimulationResult[] {
  const identity: PolicyInput[] = [];
  const boundary: PolicyInput[] = [];
  for (const policy of input.policies) {
    const parsed = toInput(policy);
    if (parsed) (policy.category === 'boundary' ? boundary : identity).push(parsed);
  }
  const set = compilePolicySet({ identity, boundary: boundary.length > 0 ? boundary : undefined });
  const results: SimulationResult[] = [];
  for (const action of input.actions) {
    for (const resource of input.resources) {
      const explanation = explain(set, {
        principal: input.principal,
        action,
        resource,
        context: input.context,
      });
      results.push({ action, resource, decision: explanation.decision, explanation });
    }
  }
  return results;
}
