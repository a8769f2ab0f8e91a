import type { DbOrTx } from '../../../db/client.js';
import type { Organization } from '../../../db/generated/client.js';
import { accountNotFound } from './org-errors.js';
import { ACCOUNT_ID_PATTERN } from './org-ids.js';
import { accountView, MEMBER_ACCOUNT_SELECT, type AccountView } from './org-views.js';

/** An account of the organization (the management account included), or AccountNotFoundException. */
export async function requireMemberAccount(
  db: DbOrTx,
  org: Organization,
  accountId: string,
): Promise<AccountView> {
  if (!ACCOUNT_ID_PATTERN.test(accountId)) throw accountNotFound(accountId);
  const row = await db.account.findFirst({
    where: { id: accountId, organizationId: org.id },
    select: MEMBER_ACCOUNT_SELECT,
  });
  if (!row) throw accountNotFound(accountId);
  return accountView(org, row);
}
