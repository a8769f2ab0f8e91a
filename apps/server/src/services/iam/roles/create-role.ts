import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { nameKey } from '../../../db/name-key.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { roleArn } from '../../../model/arns.js';
import { QUOTAS } from '../../../model/quotas.js';
import { newUniqueId } from '../../../model/unique-ids.js';
import type { ServiceContext } from '../../service-context.js';
import { alreadyExists } from '../common/errors.js';
import { checkPolicyDocument, type CheckedPolicy } from '../common/policy-text.js';
import { requirePolicy } from '../common/policy-target.js';
import { requestTagContext } from '../common/tag-context.js';
import { findRole, type RoleTarget } from '../common/targets.js';
import { bindTrustPrincipals } from './trust-principals.js';
import { inTransaction } from '../../../db/in-transaction.js';

export interface CreateRoleOptions {
  ctx: ServiceContext;
  roleName: string;
  path?: string;
  trustPolicy: string;
  description?: string;
  maxSessionDuration?: number;
  tags?: { key: string; value: string }[];
  permissionsBoundary?: string;
}

/**
 * iam:CreateRole on the new role's ARN (with `aws:RequestTag/*`, `aws:TagKeys`,
 * `iam:PermissionsBoundary`; tags also need iam:TagRole). The trust policy is validated by the
 * evaluator as a trust policy and held to AWS's 2,048-character quota; the users and roles it
 * names are bound to their unique ids (bindTrustPrincipals).
 */
export async function createRole(
  options: CreateRoleOptions,
): Promise<{ role: RoleTarget; trust: CheckedPolicy }> {
  const { ctx, roleName } = options;
  const accountId = ctx.principal.accountId;
  const path = options.path ?? '/';
  const tags = options.tags ?? [];
  const boundaryArn = options.permissionsBoundary;
  const arn = roleArn(accountId, path, roleName);
  await authorize(ctx, 'iam:CreateRole', arn, {
    ...requestTagContext(tags),
    ...(boundaryArn ? { 'iam:PermissionsBoundary': boundaryArn } : {}),
  });
  if (tags.length > 0) await authorize(ctx, 'iam:TagRole', arn, requestTagContext(tags));
  const trust = checkPolicyDocument(
    options.trustPolicy,
    'trust',
    QUOTAS.assumeRolePolicySize,
    'the trust policy',
  );
  const boundary = boundaryArn ? await requirePolicy(ctx.db, accountId, boundaryArn) : undefined;

  try {
    const role = await inTransaction(ctx, async (tx) => {
      const id = newUniqueId('role');
      // Read (and held) in the transaction that writes the role: a principal deleted meanwhile
      // can't leave the policy bound to nobody.
      const trustPrincipalIds = await bindTrustPrincipals(tx, options.trustPolicy);
      await tx.role.create({
        data: {
          id,
          accountId,
          name: roleName,
          nameLower: nameKey(roleName),
          path,
          trustPolicy: options.trustPolicy,
          trustPrincipalIds,
          description: options.description ?? null,
          maxSessionDuration: options.maxSessionDuration ?? 3600,
          permissionsBoundaryId: boundary?.id ?? null,
          createdAt: ctx.clock(),
          tags: {
            create: tags.map((t) => ({ accountId, key: t.key, keyLower: nameKey(t.key), value: t.value })),
          },
        },
      });
      await recordAuditEvent(tx, ctx, {
        action: 'iam:CreateRole',
        resource: arn,
        result: 'Success',
        details: {
          roleName,
          roleId: id,
          path,
          tagKeys: tags.map((t) => t.key),
          permissionsBoundary: boundaryArn ?? null,
        },
      });
      return (await findRole(tx, accountId, roleName))!;
    });
    return { role, trust };
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyExists('role', roleName, err);
    throw err;
  }
}
