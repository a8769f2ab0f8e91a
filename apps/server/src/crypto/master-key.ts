import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from '../config.js';

export const MASTER_KEY_BYTES = 32;
export const MASTER_KEY_FILE = 'master.key';

function decode(base64: string, source: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== MASTER_KEY_BYTES) {
    throw new ConfigError(
      `${source} must be ${MASTER_KEY_BYTES} bytes in base64 (e.g. \`openssl rand -base64 32\`)`,
    );
  }
  return key;
}

/** Reads `<dataDir>/master.key`, creating it (mode 0600) on first use. */
function keyFile(dataDir: string): Buffer {
  const file = path.join(dataDir, MASTER_KEY_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    // `wx`: never overwrite a key another instance (or an earlier run) created.
    writeFileSync(file, randomBytes(MASTER_KEY_BYTES).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return decode(readFileSync(file, 'utf8'), file);
}

const cache = new WeakMap<Config, Buffer>();

/**
 * The key that encrypts secret access keys and TOTP seeds at rest: GATEHOUSE_MASTER_KEY
 * (base64 of 32 bytes) or, when unset, a key file generated beside the data. Losing it makes
 * every stored secret unreadable, so back it up with the database.
 */
export function masterKeyFor(config: Config): Buffer {
  let key = cache.get(config);
  if (!key) {
    key = config.masterKey ? decode(config.masterKey, 'GATEHOUSE_MASTER_KEY') : keyFile(config.dataDir);
    cache.set(config, key);
  }
  return key;
}
