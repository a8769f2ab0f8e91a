// Which user, group or role a simulation is about: by name or by ARN, authorised as
// iam:SimulatePrincipalPolicy (or GetContextKeysForPrincipalPolicy) on its ARN before anything
// reveals whether it exists.
import type { ContextValue } from '@gatehouse/evaluator';
import { authorize } from '../../authz/authorize.js';
import {
  loadEffectivePolicies,
  loadRoleEffectivePolicies,
  type EffectivePolicy,
} from '../../authz/effective-policies.js';
import { AppError } from '../../errors/app-error.js';
import { groupArn, roleArn, userArn } from '../../model/arns.js';
import { noSuchEntity } from '../iam/common/errors.js';
import { findGroup, findRole, findUser } from '../iam/common/targets.js';
import type { ServiceContext } from '../service-context.js';
import { loadGroupPolicies } from './load-group-policies.js';
import { groupMemberValues, roleValues, userValues } from './principal-values.js';

export type PrincipalKind = 'user' | 'group' | 'role';

export interface PrincipalRef {
  kind: PrincipalKind;
  name: string;
}

export interface SimulatedPrincipal {
  kind: PrincipalKind;
  name: string;
  arn: string;
  /**
   * Who the evaluator sees as the caller. A group is never a caller itself: its policies are
   * evaluated as they would be for a member (a user of the account).
   */
  callerArn: string;
  policies: EffectivePolicy[];
  /**
   * The condition values enforcement fills for this principal (principal-values.ts):
   * aws:username, aws:PrincipalTag/*, … The caller's context entries go over them.
   */
  values: Record<string, ContextValue>;
}

const IAM_ENTITY_ARN = /^arn:aws:iam::(\d{12}):(user|group|role)(\/(?:[^/]+\/)*)?([\w+=,.@-]+)$/;

/** `arn:aws:iam::111122223333:user/path/ana` → user `ana`; InvalidInput for anything else. */
export function principalFromArn(ctx: ServiceContext, arn: string): PrincipalRef {
  const match = IAM_ENTITY_ARN.exec(arn);
  if (!match) {
    throw new AppError('InvalidInput', `\`${arn}\` is not the ARN of an IAM user, group or role`, {
      fieldErrors: [{ path: 'principalArn', message: 'enter the ARN of a user, group or role' }],
    });
  }
  const [, account, kind, , name] = match;
  if (account !== ctx.principal.accountId) {
    throw new AppError('NoSuchEntity', `the principal \`${arn}\` is not in this account`);
  }
  return { kind: kind as PrincipalKind, name: name! };
}

export { simulatedCallerArn } from './pasted-policies.js';

/**
 * The principal, its ARN and its policies, once the caller may `action` on it
 * (iam:SimulatePrincipalPolicy unless told otherwise, e.g. iam:GetContextKeysForPrincipalPolicy).
 */
export async function resolveSimulatedPrincipal(
  ctx: ServiceContext,
  ref: PrincipalRef,
  action = 'iam:SimulatePrincipalPolicy',
): Promise<SimulatedPrincipal> {
  const accountId = ctx.principal.accountId;
  if (ref.kind === 'user') {
    const user = await findUser(ctx.db, accountId, ref.name);
    const arn = user ? userArn(accountId, user.path, user.name) : userArn(accountId, '/', ref.name);
    await authorize(ctx, action, arn);
    if (!user) throw noSuchEntity('user', ref.name);
    return {
      ...ref,
      name: user.name,
      arn,
      callerArn: arn,
      policies: await loadEffectivePolicies(ctx.db, accountId, user.id),
      values: userValues(accountId, { ...user, arn }),
    };
  }
  if (ref.kind === 'role') {
    const role = await findRole(ctx.db, accountId, ref.name);
    const arn = role ? roleArn(accountId, role.path, role.name) : roleArn(accountId, '/', ref.name);
    await authorize(ctx, action, arn);
    if (!role) throw noSuchEntity('role', ref.name);
    const policies = await loadRoleEffectivePolicies(ctx.db, accountId, role.id);
    const values = roleValues(accountId, { ...role, arn });
    return { ...ref, name: role.name, arn, callerArn: arn, policies, values };
  }
  const group = await findGroup(ctx.db, accountId, ref.name);
  const arn = group ? groupArn(accountId, group.path, group.name) : groupArn(accountId, '/', ref.name);
  await authorize(ctx, action, arn);
  if (!group) throw noSuchEntity('group', ref.name);
  const callerArn = userArn(accountId, '/', `member-of-${group.name}`);
  const policies = await loadGroupPolicies(ctx.db, group, arn);
  return {
    ...ref,
    name: group.name,
    arn,
    callerArn,
    policies,
    values: groupMemberValues(accountId, callerArn),
  };
}
