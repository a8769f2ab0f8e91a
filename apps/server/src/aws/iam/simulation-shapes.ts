// Simulation results → IAM's SimulatePolicyResponse (AWS's member names), read from the
// evaluator's explanation of each action on each resource. AWS's conventions, as its simulator
// answers: policies named as the simulator API names them (`PolicyInputList.1`, a managed
// policy's name, `user_<user>_<policy>` for an inline one), SourcePolicyType `IAM Policy`,
// statement positions 1-based, and for a resource other than `*` the result repeated under
// ResourceSpecificResults with its MissingContextValues there and an EvalDecisionDetails.
import type { Decision, Explanation, PolicyExplanation, StatementExplanation } from '@gatehouse/evaluator';
import type { SimulationPage, SimulationResult } from '@gatehouse/contracts/simulator/simulator';
import { truncation } from './paging.js';

const DECISION: Readonly<Record<Decision, string>> = {
  Allow: 'allowed',
  ExplicitDeny: 'explicitDeny',
  ImplicitDeny: 'implicitDeny',
};

// The simulator services' ids for pasted policies, inline policies and managed policies.
const PASTED = /^custom-(policy|boundary)-(\d+)$/;
const INLINE = /^arn:aws:iam::\d{12}:(user|group|role)\/(?:[^:]*\/)?([^/:]+):inline\/(.+)$/;
const MANAGED = /^arn:aws:iam::(?:\d{12}|aws):policy\/(?:.*\/)?([^/]+)$/;

/** AWS's SourcePolicyId for a policy of the simulation. */
export function sourcePolicyId(policy: Pick<PolicyExplanation, 'id' | 'category'>): string {
  if (policy.category === 'resource') return 'ResourcePolicy';
  const pasted = PASTED.exec(policy.id);
  if (pasted) {
    const list = pasted[1] === 'boundary' ? 'PermissionsBoundaryPolicyInputList' : 'PolicyInputList';
    return `${list}.${pasted[2]}`;
  }
  const inline = INLINE.exec(policy.id);
  if (inline) return `${inline[1]}_${inline[2]}_${inline[3]}`;
  return MANAGED.exec(policy.id)?.[1] ?? policy.id;
}

interface Matched {
  policy: PolicyExplanation;
  statement: StatementExplanation;
}

/** The statements that apply to the request, of the given effect, in the given categories. */
function applying(explanation: Explanation, effect: 'Allow' | 'Deny', categories: string[]): Matched[] {
  return explanation.policies
    .filter((policy) => categories.includes(policy.category))
    .flatMap((policy) => policy.statements.map((statement) => ({ policy, statement })))
    .filter(({ statement }) => statement.applies && statement.effect === effect);
}

function awsStatement({ policy, statement }: Matched) {
  const range = statement.range;
  return {
    SourcePolicyId: sourcePolicyId(policy),
    SourcePolicyType: policy.category === 'resource' ? 'Resource Policy' : 'IAM Policy',
    StartPosition: range ? { Line: range.start.line, Column: range.start.column } : undefined,
    EndPosition: range ? { Line: range.end.line, Column: range.end.column } : undefined,
  };
}

/**
 * The statements that decided: every Deny that applies for an explicit deny ("the deny
 * statement is the only entry included"), the identity and resource Allows that apply for an
 * allow, none for an implicit deny.
 */
function matchedStatements(explanation: Explanation) {
  if (explanation.decision === 'ImplicitDeny') return [];
  const all = ['identity', 'resource', 'boundary', 'session', 'scp', 'rcp'];
  return explanation.decision === 'ExplicitDeny'
    ? applying(explanation, 'Deny', all).map(awsStatement)
    : applying(explanation, 'Allow', ['identity', 'resource']).map(awsStatement);
}

/**
 * Context keys the conditions of statements that match the action and resource test, absent
 * from the request: what a caller must supply for those statements to decide as they would.
 */
function missingContextValues(explanation: Explanation): string[] {
  const keys = new Map<string, string>();
  for (const policy of explanation.policies) {
    for (const statement of policy.statements) {
      if (!statement.elements.every((e) => e.matched)) continue;
      for (const c of statement.conditions) {
        if (c.requestValue === undefined && !keys.has(c.key.toLowerCase()))
          keys.set(c.key.toLowerCase(), c.key);
      }
    }
  }
  return [...keys.values()];
}

/** Whether the boundary allows (an Allow applies and no Deny); undefined without a boundary. */
function boundaryAllows(explanation: Explanation): boolean | undefined {
  if (!explanation.policies.some((p) => p.category === 'boundary')) return undefined;
  return (
    applying(explanation, 'Allow', ['boundary']).length > 0 &&
    applying(explanation, 'Deny', ['boundary']).length === 0
  );
}

/**
 * Whether the account's service control policies allow (at every level an SCP allows, and no SCP
 * denies); undefined outside an organization's member account (AWS's OrganizationsDecisionDetail).
 */
function organizationsAllow(explanation: Explanation): boolean | undefined {
  const scps = explanation.policies.filter((p) => p.category === 'scp');
  if (scps.length === 0) return undefined;
  if (applying(explanation, 'Deny', ['scp']).length > 0) return false;
  const levels = new Set(scps.map((p) => p.level));
  const allowing = new Set(applying(explanation, 'Allow', ['scp']).map(({ policy }) => policy.level));
  return [...levels].every((level) => allowing.has(level));
}

/** With a resource policy, each side's verdict: the identity side (within its boundary) and the resource's. */
function decisionDetails(explanation: Explanation): Record<string, string> {
  const resource = explanation.policies.find((p) => p.category === 'resource');
  if (!resource) return {};
  const identity =
    applying(explanation, 'Deny', ['identity', 'boundary']).length > 0
      ? 'ExplicitDeny'
      : applying(explanation, 'Allow', ['identity']).length > 0 && boundaryAllows(explanation) !== false
        ? 'Allow'
        : 'ImplicitDeny';
  return { 'IAM Policy': DECISION[identity], 'Resource Policy': DECISION[resource.decision] };
}

export function awsEvaluationResult(result: SimulationResult) {
  const { explanation } = result;
  const specific = result.resource !== '*';
  const withResourcePolicy = explanation.policies.some((p) => p.category === 'resource');
  const boundary = boundaryAllows(explanation);
  const organizations = organizationsAllow(explanation);
  const missing = missingContextValues(explanation);
  const shared = {
    MatchedStatements: matchedStatements(explanation),
    EvalDecisionDetails: specific || withResourcePolicy ? decisionDetails(explanation) : undefined,
    PermissionsBoundaryDecisionDetail:
      boundary === undefined ? undefined : { AllowedByPermissionsBoundary: boundary },
  };
  return {
    EvalActionName: result.action,
    EvalResourceName: result.resource,
    EvalDecision: DECISION[result.decision],
    MatchedStatements: shared.MatchedStatements,
    // For named resources AWS reports missing keys per resource, under ResourceSpecificResults.
    MissingContextValues: specific ? [] : missing,
    EvalDecisionDetails: shared.EvalDecisionDetails,
    PermissionsBoundaryDecisionDetail: shared.PermissionsBoundaryDecisionDetail,
    OrganizationsDecisionDetail:
      organizations === undefined ? undefined : { AllowedByOrganizations: organizations },
    ResourceSpecificResults: specific
      ? [
          {
            EvalResourceName: result.resource,
            EvalResourceDecision: DECISION[result.decision],
            MatchedStatements: shared.MatchedStatements,
            MissingContextValues: missing,
            EvalDecisionDetails: shared.EvalDecisionDetails,
            PermissionsBoundaryDecisionDetail: shared.PermissionsBoundaryDecisionDetail,
          },
        ]
      : undefined,
  };
}

/** SimulatePrincipalPolicy's and SimulateCustomPolicy's output: one page of results. */
export function awsSimulationPage(page: SimulationPage) {
  return {
    EvaluationResults: page.results.map(awsEvaluationResult),
    ...truncation({ nextCursor: page.marker }),
  };
}
