import type { PolicyDocument } from '@gatehouse/evaluator';
import type { Principal } from '../../auth/principal.js';

/** The IAM user or role a caller is, as a trust policy names it: a role session by its role. */
export interface BoundCaller {
  arn: string;
  /** AIDA… or AROA… */
  id: string;
}

export function boundCaller(caller: Principal): BoundCaller | undefined {
  if (caller.type === 'user') return { arn: caller.arn, id: caller.userId };
  if (caller.type === 'role-session') return { arn: caller.roleArn, id: caller.roleId };
  return undefined;
}

/**
 * The trust policy as AWS judges it: each user or role ARN bound when the policy was saved
 * (`ids`, ARN → unique id) names that principal and no other. So for this caller an entry bound
 * to the caller's id becomes the caller's ARN (it names the caller, whatever case or path it was
 * written with), and every other bound entry becomes its unique id, which names no caller: a
 * user or role deleted and recreated under the same name is neither allowed nor denied by the
 * statements that named the one deleted, as in AWS, until the policy is saved again.
 */
export function rebindTrustPrincipals(
  document: PolicyDocument,
  ids: Readonly<Record<string, string>>,
  caller: BoundCaller | undefined,
): PolicyDocument {
  const idOf = (value: string) => (Object.hasOwn(ids, value) ? ids[value] : undefined);
  const rebind = (value: string): string => {
    const id = idOf(value);
    if (typeof id !== 'string') return value;
    return caller !== undefined && id === caller.id ? caller.arn : id;
  };
  return {
    ...document,
    statements: document.statements.map((statement) => {
      const block = statement.principal;
      if (block?.kind !== 'map' || !block.AWS?.some((v) => idOf(v) !== undefined)) return statement;
      return { ...statement, principal: { ...block, AWS: block.AWS.map(rebind) } };
    }),
  };
}
