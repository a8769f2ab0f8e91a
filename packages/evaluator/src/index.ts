// The public API of @gatehouse/evaluator: parse → validate → compile → evaluate → explain.
export type * from './types.js';
export { parsePolicy } from './parse/parse-policy.js';
export { parsePolicyJson } from './parse/parse-policy-json.js';
export { validatePolicy } from './validate/validate-policy.js';
export { checkPolicyText, type CheckOptions, type CheckResult } from './validate/check-policy-text.js';
export { policySize, POLICY_SIZE_LIMITS, defaultSizeLimit } from './validate/policy-size.js';
export { POLICY_KINDS, isPolicyKind } from './validate/kind-rules.js';
export { parseConditionOperator, type ParsedOperator } from './condition/operator.js';
export type { OperatorFamily } from './condition/family.js';
export {
  DIAGNOSTIC_CODES,
  JSON_SYNTAX_CODES,
  type DiagnosticCode,
  hasErrors,
  quote,
  sortDiagnostics,
} from './diagnostics.js';
export {
  compilePolicySet,
  compilePolicySetAsync,
  type CompiledPolicySet,
} from './compile/compile-policy-set.js';
export { evaluate } from './evaluate/evaluate.js';
export { checkRequest, evaluateRequest } from './evaluate/check-request.js';
export { explain } from './explain/explain.js';
export { parseArn, type Arn } from './arn.js';
// For the console, so it keeps no copies of its own (one definition per concept):
export { locate, hasSourceMap, type SourceLocation } from './parse/source-map.js';
export { LineIndex } from './parse/line-index.js';
export { closestMatch, didYouMean } from './parse/suggest.js';
export { matchesWildcard, hasWildcard, type WildcardOptions } from './match/wildcard.js';
export { splitSegments } from './arn.js';
