// RFC 6238 time-based one-time passwords (SHA-1, 30-second steps, 6 digits), as an
// authenticator app computes them from the secret the console shows at MFA enrolment.
import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const TOTP_STEP_SECONDS = 30;

/** RFC 4648 base32 (padding and spaces ignored, case-insensitive). */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`\`${char}\` is not a base32 character`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** RFC 4226 HOTP for one counter value. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function timeStep(epochMs: number = Date.now()): number {
  return Math.floor(epochMs / 1000 / TOTP_STEP_SECONDS);
}

/** The code for a base32 secret at a time step (default: now). */
export function totp(base32Secret: string, step: number = timeStep()): string {
  return hotp(base32Decode(base32Secret), step);
}

/** Resolves once the clock is in a time step after `step` (a new code is showing). */
export async function waitForStepAfter(step: number): Promise<number> {
  const nextStart = (step + 1) * TOTP_STEP_SECONDS * 1000;
  const wait = nextStart - Date.now() + 250;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return timeStep();
}
