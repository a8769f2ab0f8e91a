import { authorize } from '../../authz/authorize.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { inTransaction } from '../../db/in-transaction.js';
import type { ServiceContext } from '../service-context.js';
import { nodeArn, orgAccountArn } from './common/org-arns.js';
import { bumpOrganization, lockOrganization, managementOrganization } from './common/org-context.js';
import { accountNotFound, orgError } from './common/org-errors.js';
import { ACCOUNT_ID_PATTERN } from './common/org-ids.js';
import { findNode } from './common/org-tree.js';

export interface MoveAccountOptions {
  ctx: ServiceContext;
  accountId: string;
  /** The account's current parent; the console leaves it out and the service reads it. */
  sourceParentId?: string;
  destinationParentId: string;
}

/**
 * organizations:MoveAccount, authorised on the account's, the source's and the destination's
 * ARNs as AWS's service authorization reference lists them. The management account may be moved
 * between OUs as in AWS (SCPs never apply to it); it cannot leave the organization this way.
 */
export async function moveAccount(options: MoveAccountOptions): Promise<void> {
  const { ctx, accountId, destinationParentId } = options;
  const org = await managementOrganization(ctx, 'organizations:MoveAccount', (o) =>
    orgAccountArn(o, accountId),
  );
  if (!ACCOUNT_ID_PATTERN.test(accountId)) throw accountNotFound(accountId);
  await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx, org.id);
    const account = await tx.account.findFirst({
      where: { id: accountId, organizationId: org.id },
      select: { orgParentId: true },
    });
    if (!account) throw accountNotFound(accountId);
    const sourceParentId = options.sourceParentId ?? account.orgParentId!;
    if (!(await findNode(tx, org.id, sourceParentId))) {
      throw orgError(
        'SourceParentNotFoundException',
        `no root or organizational unit \`${sourceParentId}\` in your organization`,
      );
    }
    if (account.orgParentId !== sourceParentId) {
      throw orgError(
        'AccountNotFoundException',
        `the account \`${accountId}\` is not in \`${sourceParentId}\``,
      );
    }
    if (!(await findNode(tx, org.id, destinationParentId))) {
      throw orgError(
        'DestinationParentNotFoundException',
        `no root or organizational unit \`${destinationParentId}\` in your organization`,
      );
    }
    if (destinationParentId === sourceParentId) {
      throw orgError(
        'DuplicateAccountException',
        `the account \`${accountId}\` is already in \`${destinationParentId}\``,
      );
    }
    await authorize(ctx, 'organizations:MoveAccount', nodeArn(org, sourceParentId));
    await authorize(ctx, 'organizations:MoveAccount', nodeArn(org, destinationParentId));
    await tx.account.update({ where: { id: accountId }, data: { orgParentId: destinationParentId } });
    await bumpOrganization(tx, org.id);
    await recordAuditEvent(tx, ctx, {
      action: 'organizations:MoveAccount',
      resource: orgAccountArn(org, accountId),
      result: 'Success',
      details: { accountId, sourceParentId, destinationParentId },
    });
  });
}
