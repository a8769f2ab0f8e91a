import { authorize } from '../../authz/authorize.js';
import type { ExtraContext } from '../../authz/request-context.js';
import { AppError } from '../../errors/app-error.js';
import { rootArn } from '../../model/arns.js';
import { arnOfUser, authorizeOnUser, targetContext, type UserTarget } from '../iam/common/targets.js';
import type { ServiceContext } from '../service-context.js';

/** Whose credentials an operation acts on: an IAM user, or the account's root user. */
export type CredentialOwner =
  | { kind: 'user'; accountId: string; arn: string; userId: string; userName: string; user: UserTarget }
  | { kind: 'root'; accountId: string; arn: string; userId: null; userName: undefined };

/**
 * Resolves and authorises the owner, as AWS does for credential actions: `userName` names an
 * IAM user (authorised on its ARN, with its tags as context); omitted, the caller's own
 * credentials. The root user acting on its own needs no policy. A role session has no
 * credentials of its own to manage: it must name the user (AWS's ValidationError), never
 * reaching the root user's.
 */
export async function authorizeOnOwner(
  ctx: ServiceContext,
  userName: string | undefined,
  action: string,
  extra: ExtraContext = {},
): Promise<CredentialOwner> {
  const { principal } = ctx;
  const name = userName ?? (principal.type === 'user' ? principal.userName : undefined);
  if (name === undefined) {
    if (principal.type === 'role-session') {
      throw new AppError('ValidationError', 'must specify userName when calling with non-User credentials');
    }
    const arn = rootArn(principal.accountId);
    await authorize(ctx, action, arn, extra);
    return { kind: 'root', accountId: principal.accountId, arn, userId: null, userName: undefined };
  }
  const user = await authorizeOnUser(ctx, name, action, extra);
  return {
    kind: 'user',
    accountId: user.accountId,
    arn: arnOfUser(user),
    userId: user.id,
    userName: user.name,
    user,
  };
}

/** The context keys for a second action on an already-resolved owner. */
export function ownerContext(owner: CredentialOwner, action: string): ExtraContext {
  return owner.kind === 'user' ? targetContext(action, owner.user) : {};
}

/** Prisma filter for the owner's rows (access keys, MFA devices). */
export function ownerWhere(owner: CredentialOwner): { accountId: string; userId: string | null } {
  return { accountId: owner.accountId, userId: owner.userId };
}
