// A witness is a request an outside principal could make: its identity keys are the truth
// about that principal (its account, ARN, organization — all outside the zone of trust), and
// the keys the caller controls (sts:ExternalId, aws:SourceIp, session tags…) take values the
// statement's conditions accept. The evaluator then decides whether the witness is allowed:
// conditions that pin the principal into the zone of trust (aws:PrincipalOrgID of the
// organization, aws:PrincipalAccount of the account) deny it, and the finding reports the rest.
import { parseConditionOperator, type ConditionClause, type ContextValue } from '@gatehouse/evaluator';
import { inZone, type ZoneOfTrust } from '../zone-of-trust.js';

/** Keys that describe who the caller is: never chosen by the caller, so never a witness's to set freely. */
const IDENTITY_KEYS = new Set([
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principaltype',
  'aws:principalisawsservice',
  'aws:userid',
  'aws:username',
]);

const NEGATIVE_STRING = 'gatehouse-analyzer-witness';
const OUTSIDE_IP = '192.0.2.1';

/** `*` and `?` of a pattern (and policy variables) made concrete. */
function concrete(pattern: string): string {
  return pattern.replace(/\$\{[^}]*\}/g, 'x').replace(/[*?]/g, 'x');
}

function numericWitness(name: string, value: number): number {
  if (name.endsWith('NotEquals') || name.endsWith('GreaterThan')) return value + 1;
  if (name.endsWith('LessThan')) return value - 1;
  return value;
}

function dateWitness(name: string, text: string): string | undefined {
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  return new Date(numericWitness(name, ms / 1000) * 1000).toISOString();
}

/** A value of the clause's key that satisfies it, or undefined when leaving the key out does. */
export function witnessValue(clause: ConditionClause): ContextValue | undefined {
  const op = parseConditionOperator(clause.operator);
  const first = clause.values[0];
  if (!op || first === undefined || op.ifExists) return undefined;
  const negated = op.name.includes('Not');
  let value: string | number | boolean | undefined;
  switch (op.family) {
    case 'String':
      value = negated ? NEGATIVE_STRING : concrete(first);
      break;
    case 'Arn':
      value = negated ? 'arn:aws:iam::000000000000:root' : concrete(first);
      break;
    case 'Bool':
      value = first.toLowerCase() === 'true';
      break;
    case 'Numeric':
      value = Number.isFinite(Number(first)) ? numericWitness(op.name, Number(first)) : undefined;
      break;
    case 'Date':
      value = dateWitness(op.name, first);
      break;
    case 'IpAddress':
      value = negated ? OUTSIDE_IP : (first.split('/')[0] ?? first);
      break;
    case 'Null':
      return first.toLowerCase() === 'true' ? undefined : NEGATIVE_STRING;
    default:
      return undefined;
  }
  if (value === undefined) return undefined;
  return op.set ? [String(value)] : value;
}

/** The first value of a positive string clause on `key` that `accept` takes, made concrete. */
function chosenValue(
  clauses: readonly ConditionClause[],
  key: string,
  accept: (value: string) => boolean,
): string | undefined {
  for (const clause of clauses) {
    if (clause.key.toLowerCase() !== key) continue;
    const op = parseConditionOperator(clause.operator);
    if (!op || op.name.includes('Not') || (op.family !== 'String' && op.family !== 'Arn')) continue;
    const value = clause.values.map(concrete).find(accept);
    if (value !== undefined) return value;
  }
  return undefined;
}

export interface WitnessPrincipal {
  /** The caller's ARN (a session ARN for a role) or a federated provider. */
  principal: string;
  /** Its account (IAM principals). */
  account?: string;
  /** aws:PrincipalArn: the role's ARN for a role session, else the caller's. */
  principalArn?: string;
}

const ACCOUNT_OF = /^arn:aws:(?:iam|sts)::(\d{12}):/;

/**
 * For a statement whose Principal is `*`: the outside account and ARN its conditions point at
 * (aws:PrincipalAccount, aws:PrincipalArn), when they name one outside the zone; else `fallback`.
 */
export function wildcardWitness(
  clauses: readonly ConditionClause[],
  zone: ZoneOfTrust,
  fallback: string,
): WitnessPrincipal {
  const arn = chosenValue(clauses, 'aws:principalarn', (v) => {
    const account = ACCOUNT_OF.exec(v)?.[1];
    return account !== undefined && !inZone(zone, account);
  });
  if (arn !== undefined) {
    const account = ACCOUNT_OF.exec(arn)![1]!;
    const role = /^arn:aws:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(arn);
    return {
      principal: role ? `arn:aws:sts::${account}:assumed-role/${role[1]}/analyzer` : arn,
      account,
      principalArn: arn,
    };
  }
  const account =
    chosenValue(clauses, 'aws:principalaccount', (v) => /^\d{12}$/.test(v) && !inZone(zone, v)) ?? fallback;
  const root = `arn:aws:iam::${account}:root`;
  return { principal: root, account, principalArn: root };
}

function principalType(principal: string): string {
  if (principal.endsWith(':root')) return 'Account';
  if (principal.includes(':assumed-role/')) return 'AssumedRole';
  if (principal.includes(':user/')) return 'User';
  return 'WebIdentityUser';
}

/** The request context of the witness: the truth about who it is, and values its conditions accept. */
export function witnessContext(
  clauses: readonly ConditionClause[],
  who: WitnessPrincipal,
  zone: ZoneOfTrust,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  if (who.account !== undefined) {
    context['aws:PrincipalAccount'] = who.account;
    context['aws:PrincipalArn'] = who.principalArn ?? who.principal;
    context['aws:PrincipalType'] = principalType(who.principal);
    context['aws:PrincipalIsAWSService'] = false;
    // An outside account may belong to any organization but the zone's own.
    const org = chosenValue(clauses, 'aws:principalorgid', (v) => v !== zone.organizationId);
    if (org !== undefined) context['aws:PrincipalOrgID'] = org;
    const paths = chosenValue(
      clauses,
      'aws:principalorgpaths',
      (v) => zone.organizationId === undefined || !v.startsWith(`${zone.organizationId}/`),
    );
    if (paths !== undefined) context['aws:PrincipalOrgPaths'] = [paths];
  }
  for (const clause of clauses) {
    const key = clause.key.toLowerCase();
    if (IDENTITY_KEYS.has(key) || Object.keys(context).some((k) => k.toLowerCase() === key)) continue;
    const value = witnessValue(clause);
    if (value !== undefined) context[clause.key] = value;
  }
  return context;
}
