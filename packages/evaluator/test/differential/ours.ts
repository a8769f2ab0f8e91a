// Our side: policy text → parsePolicy → compilePolicySet → evaluate, as the server does it.
import { compilePolicySet, type CompiledPolicySet } from '../../src/compile/compile-policy-set.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { parsePolicy } from '../../src/parse/parse-policy.js';
import type { Decision, EvaluationRequest, PolicyInput, PolicySetInput } from '../../src/types.js';
import type { DiffCase, DiffRequest } from './generate/generate-case.js';
import type { GeneratedPolicy } from './generate/policies.js';

export type OurAnswer = { decision: Decision } | { error: string };

class ParseFailure extends Error {}

function parsed(p: GeneratedPolicy): PolicyInput {
  const result = parsePolicy(p.text);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.document || errors.length > 0) {
    throw new ParseFailure(
      `parsePolicy rejected ${p.name}: ${errors.map((d) => `${d.code} ${d.message}`).join('; ')}`,
    );
  }
  return { id: p.name, name: p.name, document: result.document };
}

export function policySetInput(c: DiffCase): PolicySetInput {
  return {
    identity: c.identity.map(parsed),
    ...(c.resource ? { resource: [parsed(c.resource)] } : {}),
    ...(c.boundary ? { boundary: [parsed(c.boundary)] } : {}),
    ...(c.session ? { session: [parsed(c.session)] } : {}),
    ...(c.scp ? { scp: c.scp.map((level) => level.map(parsed)) } : {}),
  };
}

export function evaluationRequest(r: DiffRequest): EvaluationRequest {
  return {
    principal: r.principal,
    action: r.action,
    resource: r.resource,
    resourceAccount: r.resourceAccount,
    context: r.context,
  };
}

export function compileCase(c: DiffCase): CompiledPolicySet {
  return compilePolicySet(policySetInput(c));
}

export function askOurs(c: DiffCase): OurAnswer {
  try {
    return { decision: evaluate(compileCase(c), evaluationRequest(c.request)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: error instanceof ParseFailure ? message : `evaluator threw: ${message}` };
  }
}
