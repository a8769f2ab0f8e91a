import type { AccountSummary } from '@gatehouse/contracts/account';
import type { CreatedAccount } from '@gatehouse/contracts/setup';
import type { Account } from '../db/generated/client.js';
import type { AccountSummaryFacts } from '../services/account/get-account-summary.js';
import { signInUrl } from '../services/auth/get-whoami.js';

export function toAccountSummary(facts: AccountSummaryFacts): AccountSummary {
  return { ...facts, counts: { ...facts.counts }, quotas: { ...facts.quotas } };
}

export function toCreatedAccount(account: Account, origin: string): CreatedAccount {
  return {
    accountId: account.id,
    alias: account.alias,
    signInUrl: signInUrl(origin, account.id, account.alias),
  };
}
