// explain(): the slow, complete path. Every statement of every policy is explained, the same
// facts evaluate() uses are gathered from those explanations, and decide() combines them —
// so explain(...).decision always equals evaluate(...).

import type { CompiledPolicySet } from '../compile/compile-policy-set.js';
import type { CompiledCategory, CompiledPolicy } from '../compile/compiled-types.js';
import { decide, DECISION_OF, type DecisionFacts } from '../evaluate/decide.js';
import {
  resourcePolicyMustAllow,
  needsNoPermission,
  newRequestState,
  prepareRequest,
} from '../evaluate/request-state.js';
import { Grant } from '../match/principal.js';
import type {
  Decision,
  EvaluationRequest,
  Explanation,
  PolicyCategory,
  PolicyExplanation,
  StatementRef,
} from '../types.js';
import { explainStatement, type ExplainedStatement } from './explain-statement.js';
import { requestDiagnostics } from '../evaluate/check-request.js';
import { summarize } from './summary.js';

interface ExplainedPolicy {
  policy: CompiledPolicy;
  statements: ExplainedStatement[];
}

function policyVerdict(statements: readonly ExplainedStatement[]): Decision {
  const applying = statements.filter((x) => x.explanation.applies);
  if (applying.some((x) => x.statement.isDeny)) return 'ExplicitDeny';
  return applying.length > 0 ? 'Allow' : 'ImplicitDeny';
}

function toPolicyExplanation({ policy, statements }: ExplainedPolicy): PolicyExplanation {
  const out: PolicyExplanation = {
    id: policy.input.id,
    category: policy.category,
    decision: policyVerdict(statements),
    statements: statements.map((x) => x.explanation),
  };
  if (policy.input.name !== undefined) out.name = policy.input.name;
  if (policy.category === 'scp' || policy.category === 'rcp') out.level = policy.level;
  return out;
}

function ref(x: ExplainedStatement): StatementRef {
  const policy = x.statement.policy;
  const out: StatementRef = {
    policyId: policy.input.id,
    category: policy.category,
    index: x.statement.source.index,
  };
  if (policy.input.name !== undefined) out.policyName = policy.input.name;
  if (x.statement.source.sid !== undefined) out.sid = x.statement.source.sid;
  return out;
}

export function explain(compiled: CompiledPolicySet, request: EvaluationRequest): Explanation {
  const st = prepareRequest(newRequestState(), request);
  const iam = st.principal.isIam;
  const explained: ExplainedPolicy[] = compiled.policies.map((policy) => ({
    policy,
    statements: policy.statements.map((s) => explainStatement(s, st)),
  }));
  // Identity-side policies do not apply to service, federated or anonymous callers; the
  // resource's own policy and its account's RCPs do.
  const applying = explained
    .filter((p) => iam || p.policy.category === 'resource' || p.policy.category === 'rcp')
    .flatMap((p) => p.statements)
    .filter((x) => x.explanation.applies);
  const allowsIn = (category: PolicyCategory) =>
    applying.filter((x) => !x.statement.isDeny && x.statement.policy.category === category);
  const deny = applying.find((x) => x.statement.isDeny);
  const allowsLevel = (level: CompiledCategory) =>
    applying.some((x) => !x.statement.isDeny && level.policies.includes(x.statement.policy));
  const blocked = compiled.scp.find((level) => !allowsLevel(level));
  const rcpBlocked = compiled.rcp.find((level) => !allowsLevel(level));
  const resourceAllows = allowsIn('resource');
  const resourceAllow = resourceAllows.reduce<ExplainedStatement | undefined>(
    (best, x) => (best === undefined || x.grant > best.grant ? x : best),
    undefined,
  );
  const root = st.principal.kind === 'root';
  const identityAllow = root ? undefined : allowsIn('identity')[0];
  const facts: DecisionFacts = {
    noPermissionNeeded: needsNoPermission(st),
    explicitDeny: deny !== undefined,
    iam,
    rcpBlockedLevel: rcpBlocked ? (rcpBlocked.policies[0]?.level ?? 0) : -1,
    scpBlockedLevel: blocked ? (blocked.policies[0]?.level ?? 0) : -1,
    grant: resourceAllow?.grant ?? Grant.None,
    identityAllows: root || identityAllow !== undefined,
    boundaryAllows: root || compiled.boundary === undefined || allowsIn('boundary').length > 0,
    sessionAllows: root || compiled.session === undefined || allowsIn('session').length > 0,
    crossAccount: st.crossAccount,
    trustRequired: compiled.resource !== undefined && resourcePolicyMustAllow(st),
  };
  const basis = decide(facts);
  const decidedBy: StatementRef[] = [];
  if (basis === 'explicit-deny' && deny) decidedBy.push(ref(deny));
  if ((basis === 'identity' || basis === 'cross-account') && identityAllow)
    decidedBy.push(ref(identityAllow));
  if ((basis === 'resource' || basis === 'cross-account') && resourceAllow)
    decidedBy.push(ref(resourceAllow));
  const summary = summarize({
    basis,
    st,
    deny,
    identityAllow,
    resourceAllow,
    scpLevel: facts.scpBlockedLevel,
    rcpLevel: facts.rcpBlockedLevel,
  });
  const explanation: Explanation = {
    decision: DECISION_OF[basis],
    decidedBy,
    summary,
    crossAccount: st.crossAccount,
    policies: explained.map(toPolicyExplanation),
  };
  const diagnostics = requestDiagnostics(request, true);
  if (diagnostics.length > 0) explanation.diagnostics = diagnostics;
  return explanation;
}
