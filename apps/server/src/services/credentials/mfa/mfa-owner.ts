import type { CredentialOwner } from '../credential-owner.js';

/** Prisma filter for the owner's MFA devices (the root user's carry `forRoot`). */
export function mfaOwnerWhere(owner: CredentialOwner) {
  return owner.kind === 'user'
    ? { accountId: owner.accountId, userId: owner.userId }
    : { accountId: owner.accountId, userId: null, forRoot: true };
}

/** Same, for a principal that has signed in (root: no user id). */
export function principalMfaWhere(accountId: string, userId: string | undefined) {
  return userId ? { accountId, userId } : { accountId, userId: null, forRoot: true };
}
