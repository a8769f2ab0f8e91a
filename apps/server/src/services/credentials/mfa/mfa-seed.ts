import type { Config } from '../../../config.js';
import { masterKeyFor } from '../../../crypto/master-key.js';
import { openSecret, sealSecret } from '../../../crypto/secret-box.js';
import { base32Decode } from '../../../crypto/totp.js';

/** The seed as stored: its base32 text under AES-256-GCM, bound to the device's serial number. */
export function sealSeed(config: Config, serialNumber: string, seedBase32: string): string {
  return sealSecret(masterKeyFor(config), seedBase32, `mfa-seed:${serialNumber}`);
}

export function openSeed(config: Config, device: { serialNumber: string; seedEncrypted: string }): Buffer {
  return base32Decode(
    openSecret(masterKeyFor(config), device.seedEncrypted, `mfa-seed:${device.serialNumber}`),
  );
}
