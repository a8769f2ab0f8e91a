// compilePolicySet: done once per principal (and cached by the server); evaluate() then runs
// against the compiled form many times. Empty category arrays count as absent: an empty
// `boundary` is no boundary, and an SCP or RCP level with no policies is skipped. The set
// also carries the state evaluate() works in, so that sets never share any.

import type { PolicyCategory, PolicyInput, PolicySetInput, Statement } from '../types.js';
import { buildActionIndex } from './action-index.js';
import { compileStatement } from './compile-statement.js';
import type { CompiledCategory, CompiledPolicy, CompiledStatement } from './compiled-types.js';
import { newEvaluatorState, type EvaluatorState } from '../evaluate/evaluator-state.js';

export interface CompiledPolicySet {
  readonly input: PolicySetInput;
  readonly identity: CompiledCategory;
  readonly resource: CompiledCategory | undefined;
  readonly boundary: CompiledCategory | undefined;
  readonly session: CompiledCategory | undefined;
  /** One category per SCP level that has policies, organization root first. */
  readonly scp: readonly CompiledCategory[];
  /** One category per RCP level that has policies, organization root first. */
  readonly rcp: readonly CompiledCategory[];
  /** Every compiled policy in explanation order: RCPs, SCPs, resource, identity, boundary, session. */
  readonly policies: readonly CompiledPolicy[];
  /** The state evaluate() reuses from one request to the next; this set's alone. */
  readonly scratch: EvaluatorState;
}

/** Compiles one policy of a category (and level); compilePolicySetAsync hands in precompiled ones. */
type CompileOne = (
  input: PolicyInput,
  category: PolicyCategory,
  level: number,
  hasBoundary: boolean,
) => CompiledPolicy;

function levels(
  input: readonly (readonly PolicyInput[])[] | undefined,
  category: 'scp' | 'rcp',
  hasBoundary: boolean,
  compileOne: CompileOne,
): CompiledCategory[] {
  const out: CompiledCategory[] = [];
  if (input === undefined) return out;
  for (let i = 0; i < input.length; i++) {
    const level = input[i] as readonly PolicyInput[];
    if (level.length > 0) out.push(compileCategory(level, category, hasBoundary, compileOne, i));
  }
  return out;
}

function compilePolicy(
  input: PolicyInput,
  category: PolicyCategory,
  level: number,
  hasBoundary: boolean,
): CompiledPolicy {
  const policy: CompiledPolicy = {
    input,
    category,
    level,
    variables: input.document.version === '2012-10-17',
    statements: [],
  };
  const sources = input.document.statements;
  const statements: CompiledStatement[] = new Array(sources.length);
  for (let i = 0; i < sources.length; i++) {
    statements[i] = compileStatement(sources[i] as Statement, policy, category, hasBoundary);
  }
  policy.statements = statements;
  return policy;
}

function compileCategory(
  inputs: readonly PolicyInput[],
  category: PolicyCategory,
  hasBoundary: boolean,
  compileOne: CompileOne,
  level = 0,
): CompiledCategory {
  // Plain loops: flatMap and filter cost more than the rest of a small category's compile.
  const policies: CompiledPolicy[] = new Array(inputs.length);
  const allow: CompiledStatement[] = [];
  const deny: CompiledStatement[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const policy = compileOne(inputs[i] as PolicyInput, category, level, hasBoundary);
    policies[i] = policy;
    for (const statement of policy.statements) (statement.isDeny ? deny : allow).push(statement);
  }
  return { category, policies, allow: buildActionIndex(allow), deny: buildActionIndex(deny) };
}

function optional(
  inputs: readonly PolicyInput[] | undefined,
  category: PolicyCategory,
  hasBoundary: boolean,
  compileOne: CompileOne,
): CompiledCategory | undefined {
  return inputs && inputs.length > 0 ? compileCategory(inputs, category, hasBoundary, compileOne) : undefined;
}

/** Compiles everything that bears on one principal's requests. Never throws on valid ASTs. */
export function compilePolicySet(set: PolicySetInput): CompiledPolicySet {
  return assemble(set, compilePolicy);
}

/**
 * The same set, compiled one policy at a time with `pause()` awaited between policies, so a
 * caller serving other requests (a server simulating a principal of 110 policies) can yield
 * rather than block for the whole compile. Only the final indexing runs in one step.
 */
export async function compilePolicySetAsync(
  set: PolicySetInput,
  pause: () => Promise<void>,
): Promise<CompiledPolicySet> {
  const hasBoundary = (set.boundary?.length ?? 0) > 0;
  const jobs: [PolicyInput, PolicyCategory, number][] = [
    ...(set.rcp ?? []).flatMap((level, i) =>
      level.map((p) => [p, 'rcp', i] as [PolicyInput, PolicyCategory, number]),
    ),
    ...(set.scp ?? []).flatMap((level, i) =>
      level.map((p) => [p, 'scp', i] as [PolicyInput, PolicyCategory, number]),
    ),
    ...(set.resource ?? []).map((p) => [p, 'resource', 0] as [PolicyInput, PolicyCategory, number]),
    ...(set.identity ?? []).map((p) => [p, 'identity', 0] as [PolicyInput, PolicyCategory, number]),
    ...(set.boundary ?? []).map((p) => [p, 'boundary', 0] as [PolicyInput, PolicyCategory, number]),
    ...(set.session ?? []).map((p) => [p, 'session', 0] as [PolicyInput, PolicyCategory, number]),
  ];
  const done = new Map<PolicyInput, Map<string, CompiledPolicy>>();
  for (const [input, category, level] of jobs) {
    const byPlace = done.get(input) ?? new Map<string, CompiledPolicy>();
    byPlace.set(`${category}:${level}`, compilePolicy(input, category, level, hasBoundary));
    done.set(input, byPlace);
    await pause();
  }
  return assemble(
    set,
    (input, category, level, boundary) =>
      done.get(input)?.get(`${category}:${level}`) ?? compilePolicy(input, category, level, boundary),
  );
}

function assemble(set: PolicySetInput, compileOne: CompileOne): CompiledPolicySet {
  const hasBoundary = (set.boundary?.length ?? 0) > 0;
  const rcp = levels(set.rcp, 'rcp', hasBoundary, compileOne);
  const scp = levels(set.scp, 'scp', hasBoundary, compileOne);
  const resource = optional(set.resource, 'resource', hasBoundary, compileOne);
  const identity = compileCategory(set.identity ?? [], 'identity', hasBoundary, compileOne);
  const boundary = optional(set.boundary, 'boundary', hasBoundary, compileOne);
  const session = optional(set.session, 'session', hasBoundary, compileOne);
  const policies: CompiledPolicy[] = [];
  for (const c of [...rcp, ...scp, resource, identity, boundary, session]) {
    if (c !== undefined) for (const p of c.policies) policies.push(p);
  }
  const scratch = newEvaluatorState();
  return { input: set, identity, resource, boundary, session, scp, rcp, policies, scratch };
}
