import { randomInt } from 'node:crypto';

// AWS Organizations ids are lowercase letters and digits after a prefix.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function chars(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** `o-` + 10 */
export const newOrganizationId = (): string => `o-${chars(10)}`;
/** `r-` + 4 */
export const newRootId = (): string => `r-${chars(4)}`;
/** `ou-<the root's 4>-` + 8, as AWS builds them */
export const newOrganizationalUnitId = (rootId: string): string => `ou-${rootId.slice(2)}-${chars(8)}`;
/** `p-` + 8 */
export const newPolicyId = (): string => `p-${chars(8)}`;
/** `h-` + 10 */
export const newHandshakeId = (): string => `h-${chars(10)}`;
/** `car-` + 10 */
export const newCreateAccountRequestId = (): string => `car-${chars(10)}`;

export const ROOT_ID_PATTERN = /^r-[0-9a-z]{4,32}$/;
export const OU_ID_PATTERN = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
export const ACCOUNT_ID_PATTERN = /^\d{12}$/;
export const POLICY_ID_PATTERN = /^p-[0-9a-zA-Z_]{8,128}$/;
