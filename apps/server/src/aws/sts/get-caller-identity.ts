import { principalUserId } from '../../auth/principal.js';
import type { AwsActionHandler } from '../action-table.js';

/** sts:GetCallerIdentity needs no permission and is allowed even under an explicit Deny of `*`. */
export const getCallerIdentity: AwsActionHandler = async (ctx) => ({
  UserId: principalUserId(ctx.principal),
  Account: ctx.principal.accountId,
  Arn: ctx.principal.arn,
});
