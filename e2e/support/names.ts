import { randomBytes } from 'node:crypto';

/**
 * A name no other test (or earlier run against the same server) uses: tests run in parallel
 * against one account, so each creates its own entities.
 */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** A console password that meets AWS's default password policy. */
export function strongPassword(): string {
  return `Pw-${randomBytes(9).toString('base64url')}-9a!`;
}
