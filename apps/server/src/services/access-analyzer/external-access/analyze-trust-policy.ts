// External access through a role's trust policy, decided by the shared evaluator: for each
// Allow statement, the principals it names that are outside the zone of trust (or, for `*`,
// some outside account) make a witness request; what the evaluator allows is a finding.
import {
  compilePolicySet,
  evaluate,
  explain,
  type CompiledPolicySet,
  type PolicyDocument,
  type Statement,
} from '@gatehouse/evaluator';
import { findingKey, type ComputedFinding, type ExternalAccessDetails } from '../finding-types.js';
import { inZone, type ZoneOfTrust } from '../zone-of-trust.js';
import { wildcardWitness, witnessContext, type WitnessPrincipal } from './witness-context.js';

/** The STS actions a trust policy governs, in the order AWS's findings list them. */
export const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:SetSourceIdentity',
  'sts:TagSession',
] as const;

/** The outside account's own policies: we assume it lets its principals do anything. */
const OUTSIDE_IDENTITY: PolicyDocument = {
  version: '2012-10-17',
  statements: [{ index: 0, effect: 'Allow', action: ['*'], resource: ['*'], conditions: [] }],
};

interface Candidate {
  who: WitnessPrincipal;
  /** The principal as the statement names it, for the finding. */
  reported: Record<string, string>;
  isPublic: boolean;
}

const ACCOUNT_ID = /^\d{12}$/;
const IAM_ARN = /^arn:aws:(iam|sts)::(\d{12}):(root|user\/.+|role\/.+|assumed-role\/.+)$/;

/** Who a named AWS principal stands for when it calls: a role is called as one of its sessions. */
function awsPrincipal(value: string): WitnessPrincipal | undefined {
  if (ACCOUNT_ID.test(value)) {
    const root = `arn:aws:iam::${value}:root`;
    return { principal: root, account: value, principalArn: root };
  }
  const m = IAM_ARN.exec(value);
  if (!m || value.includes('*')) return undefined;
  const account = m[2]!;
  const resource = m[3]!;
  if (m[1] === 'iam' && resource.startsWith('role/')) {
    const name = resource.slice(resource.lastIndexOf('/') + 1);
    return {
      principal: `arn:aws:sts::${account}:assumed-role/${name}/analyzer`,
      account,
      principalArn: value,
    };
  }
  return { principal: value, account, principalArn: value };
}

/** Identity-limiting keys: with one of them, a `*` principal is not the public. */
const LIMITING_KEYS =
  /^aws:(principalaccount|principalarn|principalorgid|principalorgpaths|sourceaccount|sourcearn|sourceorgid|userid|username)$/i;

function candidates(statement: Statement, zone: ZoneOfTrust, outsider: string): Candidate[] {
  const block = statement.principal;
  if (!block) return [];
  const wildcard = (): Candidate => ({
    who: wildcardWitness(statement.conditions, zone, outsider),
    reported: { AWS: '*' },
    isPublic: !statement.conditions.some((c) => LIMITING_KEYS.test(c.key)),
  });
  if (block.kind === 'any') return [wildcard()];
  const out: Candidate[] = [];
  for (const value of block.AWS ?? []) {
    if (value === '*') {
      out.push(wildcard());
      continue;
    }
    const who = awsPrincipal(value);
    if (who && !inZone(zone, who.account)) out.push({ who, reported: { AWS: value }, isPublic: false });
  }
  // Identities of an outside identity provider (SAML, OIDC) are outside any account.
  for (const value of block.Federated ?? []) {
    out.push({ who: { principal: value }, reported: { Federated: value }, isPublic: false });
  }
  return out;
}

function conditionOf(statement: Statement): Record<string, string> {
  const condition: Record<string, string> = {};
  for (const clause of statement.conditions) {
    const prior = condition[clause.key];
    const values = clause.values.join(', ');
    condition[clause.key] = prior ? `${prior}; ${values}` : values;
  }
  return condition;
}

/** Whether the statement at `index` of the trust policy is among those that allowed the request. */
function allowedBy(
  compiled: CompiledPolicySet,
  request: Parameters<typeof evaluate>[1],
  index: number,
): boolean {
  const explanation = explain(compiled, request);
  return explanation.policies.some(
    (p) => p.category === 'resource' && p.statements.some((s) => s.index === index && s.applies),
  );
}

export interface TrustPolicyInput {
  roleArn: string;
  accountId: string;
  document: PolicyDocument;
}

/** The external-access findings of one role's trust policy. */
export function analyzeTrustPolicy(
  role: TrustPolicyInput,
  zone: ZoneOfTrust,
  outsider: string,
): ComputedFinding[] {
  // Who could be outside: the principals each Allow names that are not in the zone (none for a
  // service or the account itself — then there is nothing to ask the evaluator).
  const asked = role.document.statements
    .filter((s) => s.effect === 'Allow')
    .map((statement) => ({ statement, outside: candidates(statement, zone, outsider) }))
    .filter((s) => s.outside.length > 0);
  if (asked.length === 0) return [];
  const single = role.document.statements.filter((s) => s.effect === 'Allow').length === 1;
  const compiled = compilePolicySet({
    identity: [{ id: 'outside-account', name: 'outside account', document: OUTSIDE_IDENTITY }],
    resource: [{ id: `${role.roleArn}:trust`, name: 'trust policy', document: role.document }],
  });
  const byKey = new Map<string, ComputedFinding>();
  for (const { statement, outside } of asked) {
    for (const candidate of outside) {
      const context = witnessContext(statement.conditions, candidate.who, zone);
      const allowed = TRUST_ACTIONS.filter((action) => {
        const request = {
          principal: candidate.who.principal,
          action,
          resource: role.roleArn,
          resourceAccount: role.accountId,
          context,
        };
        // With one Allow statement there is nothing to attribute: only explain when there are more.
        return (
          evaluate(compiled, request) === 'Allow' && (single || allowedBy(compiled, request, statement.index))
        );
      });
      if (allowed.length === 0) continue;
      const condition = conditionOf(statement);
      const key = findingKey(['ExternalAccess', role.roleArn, candidate.reported, condition]);
      const prior = byKey.get(key)?.details as ExternalAccessDetails | undefined;
      const details: ExternalAccessDetails = {
        principal: candidate.reported,
        action: [...new Set([...(prior?.action ?? []), ...allowed])].sort(),
        condition,
        isPublic: candidate.isPublic,
        statementIndex: prior?.statementIndex ?? statement.index,
        ...(statement.sid !== undefined ? { statementSid: prior?.statementSid ?? statement.sid } : {}),
      };
      byKey.set(key, {
        key,
        findingType: 'ExternalAccess',
        resource: role.roleArn,
        resourceType: 'AWS::IAM::Role',
        details,
      });
    }
  }
  return [...byKey.values()];
}
