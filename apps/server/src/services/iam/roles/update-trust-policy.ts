import { bumpAuthzVersion } from '../../../authz/bump-authz-version.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { QUOTAS } from '../../../model/quotas.js';
import type { ServiceContext } from '../../service-context.js';
import { noSuchEntity } from '../common/errors.js';
import { checkPolicyDocument, type CheckedPolicy } from '../common/policy-text.js';
import { arnOfRole, authorizeOnRole, findRole, type RoleTarget } from '../common/targets.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { bindTrustPrincipals } from './trust-principals.js';

/**
 * iam:UpdateAssumeRolePolicy — replaces the role's trust policy (validated as kind `trust`, 2,048
 * quota), binding the users and roles it names to their unique ids anew (bindTrustPrincipals):
 * saving the policy again is how a recreated principal comes to be trusted, as in AWS.
 */
export async function updateTrustPolicy(options: {
  ctx: ServiceContext;
  roleName: string;
  document: string;
}): Promise<{ role: RoleTarget; trust: CheckedPolicy }> {
  const { ctx } = options;
  const role = await authorizeOnRole(ctx, options.roleName, 'iam:UpdateAssumeRolePolicy');
  const trust = checkPolicyDocument(
    options.document,
    'trust',
    QUOTAS.assumeRolePolicySize,
    'the trust policy',
  );
  const updated = await inTransaction(ctx, async (tx) => {
    const trustPrincipalIds = await bindTrustPrincipals(tx, options.document);
    const { count } = await tx.role.updateMany({
      where: { id: role.id },
      data: { trustPolicy: options.document, trustPrincipalIds },
    });
    if (count === 0) throw noSuchEntity('role', options.roleName);
    // Who may assume the role is part of authorisation once roles can be assumed.
    await bumpAuthzVersion(tx, role.accountId);
    await recordAuditEvent(tx, ctx, {
      action: 'iam:UpdateAssumeRolePolicy',
      resource: arnOfRole(role),
      result: 'Success',
      details: { roleName: role.name },
    });
    return (await findRole(tx, role.accountId, role.name))!;
  });
  return { role: updated, trust };
}
