import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import { masterKeyFor } from '../../crypto/master-key.js';
import { openSecret, sealSecret } from '../../crypto/secret-box.js';

/** A session token: 96 random bytes, base64 (only its SHA-256 is stored). */
export function newSessionToken(): string {
  return randomBytes(96).toString('base64');
}

export function sealTemporarySecret(config: Config, id: string, secret: string): string {
  return sealSecret(masterKeyFor(config), secret, `temporary-credential:${id}`);
}

/** For request signing (SigV4) only: never returned to a client after issue, never logged. */
export function openTemporarySecret(config: Config, id: string, sealed: string): string {
  return openSecret(masterKeyFor(config), sealed, `temporary-credential:${id}`);
}
