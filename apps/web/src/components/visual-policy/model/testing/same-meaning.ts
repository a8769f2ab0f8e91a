// Test support: whether two policies mean the same, as the evaluator sees it. Each is compiled
// alone as the identity policy of one IAM user and both are asked the same requests; any request
// on which their decisions differ is a difference.
import { compilePolicySet, evaluate } from '@gatehouse/evaluator';
import type { Decision, EvaluationRequest, PolicyDocument } from '@gatehouse/evaluator';

export interface Difference {
  request: EvaluationRequest;
  before: Decision;
  after: Decision;
}

export interface Comparison {
  differences: Difference[];
  /** How often each decision came up (for the original policy): a check that the requests reach it. */
  decisions: Record<Decision, number>;
}

export function compareMeaning(
  before: PolicyDocument,
  after: PolicyDocument,
  requests: readonly EvaluationRequest[],
): Comparison {
  const compiledBefore = compilePolicySet({ identity: [{ id: 'before', document: before }] });
  const compiledAfter = compilePolicySet({ identity: [{ id: 'after', document: after }] });
  const differences: Difference[] = [];
  const decisions: Record<Decision, number> = { Allow: 0, ExplicitDeny: 0, ImplicitDeny: 0 };
  for (const request of requests) {
    const a = evaluate(compiledBefore, request);
    const b = evaluate(compiledAfter, request);
    decisions[a]++;
    if (a !== b) differences.push({ request, before: a, after: b });
  }
  return { differences, decisions };
}
