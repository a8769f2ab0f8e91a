import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { masterKeyFor } from '../../src/crypto/master-key.js';
import { openSecret, sealSecret } from '../../src/crypto/secret-box.js';
import { base32Decode, base32Encode, hotp } from '../../src/crypto/totp.js';

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-mk-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('master key', () => {
  it('comes from GATEHOUSE_MASTER_KEY when set, and then no key file is written', () => {
    const dataDir = tempDir();
    const base64 = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({ GATEHOUSE_MASTER_KEY: base64, GATEHOUSE_DATA_DIR: dataDir });
    expect(masterKeyFor(config).equals(Buffer.alloc(32, 7))).toBe(true);
    expect(existsSync(path.join(dataDir, 'master.key'))).toBe(false);
  });

  it('refuses a key that is not 32 bytes of base64', () => {
    const config = loadConfig({ GATEHOUSE_MASTER_KEY: Buffer.alloc(16).toString('base64') });
    expect(() => masterKeyFor(config)).toThrow('GATEHOUSE_MASTER_KEY must be 32 bytes in base64');
  });

  it('keeps the generated key file across restarts', () => {
    const dataDir = tempDir();
    const first = masterKeyFor(loadConfig({ GATEHOUSE_DATA_DIR: dataDir }));
    const second = masterKeyFor(loadConfig({ GATEHOUSE_DATA_DIR: dataDir }));
    expect(second.equals(first)).toBe(true);
    const sealed = sealSecret(first, 'secret text', 'binding');
    expect(openSecret(second, sealed, 'binding')).toBe('secret text');
    expect(() =>
      openSecret(masterKeyFor(loadConfig({ GATEHOUSE_DATA_DIR: tempDir() })), sealed, 'binding'),
    ).toThrow();
  });
});

describe('TOTP', () => {
  it('matches RFC 6238’s SHA-1 test vectors (last 6 digits)', () => {
    const seed = Buffer.from('12345678901234567890', 'ascii');
    // RFC 6238 appendix B: T = 59 s → 94287082, T = 1111111109 s → 07081804, T = 20000000000 s → 65353130.
    expect(hotp(seed, Math.floor(59 / 30))).toBe('287082');
    expect(hotp(seed, Math.floor(1111111109 / 30))).toBe('081804');
    expect(hotp(seed, Math.floor(20000000000 / 30))).toBe('353130');
  });

  it('round-trips base32 seeds', () => {
    const seed = Buffer.from('12345678901234567890', 'ascii');
    expect(base32Encode(seed)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ').equals(seed)).toBe(true);
  });
});
