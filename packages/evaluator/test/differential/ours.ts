// Our side: policy text → parsePolicy → compilePolicySet → evaluate, as the server does it.
import { compilePolicySet, type CompiledPolicySet } from '../../src/compile/compile-policy-set.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { parsePolicy } from '../../src/parse/parse-policy.js';
import type {
  ContextValue,
  Decision,
  EvaluationRequest,
  PolicyInput,
  PolicySetInput,
} from '../../src/types.js';
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

const NUMERIC_KEYS = new Set(['aws:multifactorauthage']);
const BOOLEAN_KEYS = new Set(['aws:securetransport', 'aws:multifactorauthpresent']);

/** The context as the server would build it: numbers and booleans where the key has that type. */
function typed(context: DiffRequest['context']): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const [name, value] of Object.entries(context)) {
    const lower = name.toLowerCase();
    if (typeof value === 'string' && NUMERIC_KEYS.has(lower)) out[name] = Number(value);
    else if (typeof value === 'string' && BOOLEAN_KEYS.has(lower)) out[name] = value === 'true';
    else out[name] = value;
  }
  return out;
}

export function evaluationRequest(r: DiffRequest, typedContext = false): EvaluationRequest {
  return {
    principal: r.principal,
    action: r.action,
    resource: r.resource,
    resourceAccount: r.resourceAccount,
    context: typedContext ? typed(r.context) : r.context,
  };
}

export function compileCase(c: DiffCase): CompiledPolicySet {
  return compilePolicySet(policySetInput(c));
}

export function askOurs(c: DiffCase): OurAnswer {
  try {
    return { decision: evaluate(compileCase(c), evaluationRequest(c.request, c.typedContext)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: error instanceof ParseFailure ? message : `evaluator threw: ${message}` };
  }
}
