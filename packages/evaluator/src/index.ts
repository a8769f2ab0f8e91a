// The public API of @gatehouse/evaluator: parse → validate → compile → evaluate → explain.
export type * from './types.js';
export { parsePolicy } from './parse/parse-policy.js';
export { validatePolicy, checkPolicyText, policySize, POLICY_SIZE_LIMITS } from './validate/validate-policy.js';
export { compilePolicySet, type CompiledPolicySet } from './compile/compile-policy-set.js';
export { evaluate } from './evaluate/evaluate.js';
export { explain } from './explain/explain.js';
export { parseArn, type Arn } from './arn.js';
