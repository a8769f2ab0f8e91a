import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

// Stored form: `v1.<base64 iv>.<base64 tag>.<base64 ciphertext>`.
const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * Subkeys already derived, per master key (its Buffer) and purpose: HKDF is a pure function of
 * both, and deriving one cost more than the AES-GCM it keys (every signed AWS request opens its
 * key's secret). Held only in this process's memory, as the master key itself is.
 */
const derived = new WeakMap<Buffer, Map<string, Buffer>>();

/** A subkey of the master key for one purpose, so keys are never shared between uses. */
export function deriveKey(masterKey: Buffer, purpose: string): Buffer {
  let byPurpose = derived.get(masterKey);
  if (!byPurpose) {
    byPurpose = new Map();
    derived.set(masterKey, byPurpose);
  }
  let key = byPurpose.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `gatehouse ${purpose}`, 32));
    byPurpose.set(purpose, key);
  }
  return key;
}

/**
 * AES-256-GCM. `binding` (the owning record's id) is authenticated data: a ciphertext copied
 * to another record fails to decrypt.
 */
export function sealSecret(masterKey: Buffer, plaintext: string, binding: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(masterKey, 'secret-box'), iv);
  cipher.setAAD(Buffer.from(binding, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64')))
    .join('.');
}

/** Throws when the text was not sealed with this key and binding (or was altered). */
export function openSecret(masterKey: Buffer, sealed: string, binding: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined)
    throw new Error('unknown sealed secret format');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    deriveKey(masterKey, 'secret-box'),
    Buffer.from(iv, 'base64'),
  );
  decipher.setAAD(Buffer.from(binding, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString(
    'utf8',
  );
}

/** HMAC-SHA256 with a purpose-bound subkey, base64url. */
export function macFor(masterKey: Buffer, purpose: string, data: string): string {
  return createHmac('sha256', deriveKey(masterKey, purpose)).update(data).digest('base64url');
}
