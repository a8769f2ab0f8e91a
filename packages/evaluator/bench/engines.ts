// The decision functions being timed. Ours evaluates a policy set compiled once (the server
// caches compiled sets per principal); "cold" parses and compiles on every call. The oracle's
// API takes raw documents on every call, with or without input validation.
import { runSimulation, runUnsafeSimulation } from '@cloud-copilot/iam-simulate';
import { compilePolicySet } from '../src/compile/compile-policy-set.js';
import { evaluate } from '../src/evaluate/evaluate.js';
import type { Decision } from '../src/types.js';
import type { DiffCase } from '../test/differential/generate/generate-case.js';
import { toSimulation } from '../test/differential/oracle.js';
import { compileCase, evaluationRequest, policySetInput } from '../test/differential/ours.js';

export type Engine = 'ours' | 'ours-cold' | 'runSimulation' | 'runUnsafeSimulation';

const ORACLE_DECISIONS: Record<string, Decision> = {
  Allowed: 'Allow',
  ExplicitlyDenied: 'ExplicitDeny',
  ImplicitlyDenied: 'ImplicitDeny',
};

export interface Runner {
  engine: Engine;
  isAsync: boolean;
  run: () => unknown;
  /** One call's decision, to check the engine answers the scenario correctly before timing it. */
  decide: () => Promise<Decision | string>;
}

export function ourRunner(c: DiffCase): Runner {
  const compiled = compileCase(c);
  const request = evaluationRequest(c.request);
  const run = () => evaluate(compiled, request);
  return { engine: 'ours', isAsync: false, run, decide: async () => run() };
}

export function ourColdRunner(c: DiffCase): Runner {
  const request = evaluationRequest(c.request);
  const run = () => evaluate(compilePolicySet(policySetInput(c)), request);
  return { engine: 'ours-cold', isAsync: false, run, decide: async () => run() };
}

export function oracleRunner(c: DiffCase): Runner {
  const simulation = toSimulation(c);
  const run = () => runSimulation(simulation, {});
  const decide = async () => {
    const result = await run();
    return result.resultType === 'error'
      ? `error ${JSON.stringify(result.errors)}`
      : ORACLE_DECISIONS[result.overallResult]!;
  };
  return { engine: 'runSimulation', isAsync: true, run, decide };
}

export function unsafeOracleRunner(c: DiffCase): Runner {
  const simulation = toSimulation(c);
  // runUnsafeSimulation loads a raw resource policy without a name and then crashes reading
  // it; iam-policy's ValidatedPolicy shape carries the name (and skips nothing: no validation
  // runs on the unsafe path anyway).
  if (simulation.resourcePolicy) {
    simulation.resourcePolicy = {
      __validated: true,
      policyDocument: simulation.resourcePolicy,
      metadata: { name: 'resource' },
      errors: [],
    };
  }
  const run = () => runUnsafeSimulation(simulation, {});
  return { engine: 'runUnsafeSimulation', isAsync: false, run, decide: async () => ORACLE_DECISIONS[run()]! };
}
