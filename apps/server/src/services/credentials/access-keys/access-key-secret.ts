import { randomBytes } from 'node:crypto';
import type { Config } from '../../../config.js';
import { masterKeyFor } from '../../../crypto/master-key.js';
import { openSecret, sealSecret } from '../../../crypto/secret-box.js';

/** 40 characters of base64 (A–Z a–z 0–9 + /), as AWS's secret access keys look. */
export function newSecretAccessKey(): string {
  return randomBytes(30).toString('base64');
}

/** The secret as stored: AES-256-GCM under the master key, bound to the key id. */
export function sealAccessKeySecret(config: Config, accessKeyId: string, secret: string): string {
  return sealSecret(masterKeyFor(config), secret, `access-key:${accessKeyId}`);
}

/** For request signing (SigV4) only: never returned to a client, never logged. */
export function openAccessKeySecret(config: Config, accessKeyId: string, sealed: string): string {
  return openSecret(masterKeyFor(config), sealed, `access-key:${accessKeyId}`);
}
