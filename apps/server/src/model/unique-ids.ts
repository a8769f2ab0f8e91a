import { createHash, randomInt } from 'node:crypto';

/** AWS's unique-id prefixes by entity kind. */
export const ID_PREFIX = {
  user: 'AIDA',
  group: 'AGPA',
  role: 'AROA',
  policy: 'ANPA',
  accessKey: 'AKIA',
  temporaryAccessKey: 'ASIA',
} as const;

export type IdKind = keyof typeof ID_PREFIX;

// Base32's alphabet, as AWS's ids use: uppercase letters and the digits 2–7.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomChars(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** A new unique id: `AIDA` + 17 characters for users, `AKIA` + 16 for access keys, etc. */
export function newUniqueId(kind: IdKind): string {
  const bodyLength = kind === 'accessKey' || kind === 'temporaryAccessKey' ? 16 : 17;
  return ID_PREFIX[kind] + randomChars(bodyLength);
}

/** A random 12-digit account id. */
export function newAccountId(): string {
  let id = '';
  for (let i = 0; i < 12; i++) id += String(randomInt(10));
  return id;
}

/**
 * The id of an AWS managed policy: the same in every deployment, derived from its ARN (AWS's
 * own ids are not in the data), so reloading the data never changes it.
 */
export function awsManagedPolicyId(arn: string): string {
  const digest = createHash('sha256').update(arn).digest();
  let body = '';
  for (let i = 0; i < 17; i++) body += ALPHABET[digest[i]! % ALPHABET.length];
  return ID_PREFIX.policy + body;
}
