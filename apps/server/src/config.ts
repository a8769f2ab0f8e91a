import path from 'node:path';
import { findRepoRoot } from './db/paths.js';

export interface BootstrapConfig {
  email: string;
  password: string;
  alias?: string;
  accountId?: string;
}

export interface Config {
  host: string;
  port: number;
  /** External PostgreSQL; when absent an embedded one runs under `dataDir`. */
  databaseUrl?: string;
  /** `./.data` at the repository root by default. */
  dataDir: string;
  /** Public origin (e.g. `https://iam.example.com`) used in printed links; default `http://host:port`. */
  publicUrl?: string;
  /** Secure cookies: `true`/`false`, or `auto` = when the request arrived over TLS. */
  secureCookies: boolean | 'auto';
  /** Express "trust proxy" setting: honour X-Forwarded-For/-Proto from these hops. */
  trustProxy: boolean | number | string;
  /** Extra origins allowed to POST (e.g. a dev server proxying to us). */
  allowedOrigins: string[];
  /**
   * Who may create a standalone account (`POST /api/accounts`): `root` = the root user of a
   * standalone or management account; `disabled` = nobody. IAM users and role sessions never
   * may; member accounts are created by the management account (organizations:CreateAccount).
   */
  standaloneAccounts: StandaloneAccounts;
  bootstrap?: BootstrapConfig;
  sessionIdleSeconds: number;
  sessionAbsoluteSeconds: number;
  /** Built console to serve (`apps/web/dist`), if present. */
  webDistDir: string;
  logLevel: string;
  /** GATEHOUSE_MASTER_KEY: base64 of 32 bytes; unset = a key file in `dataDir` (crypto/master-key.ts). */
  masterKey?: string;
  /** GATEHOUSE_EVENT_RETENTION_DAYS: event history kept for accounts that set none (default 90). */
  eventRetentionDays: number;
}

export type StandaloneAccounts = 'root' | 'disabled';

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got \`${raw}\``);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  return ['1', 'true', 'yes', 'on'].includes((env[name] ?? '').toLowerCase());
}

/** GATEHOUSE_STANDALONE_ACCOUNTS; the older GATEHOUSE_ALLOW_ACCOUNT_CREATION (on/off) still counts. */
function standaloneAccounts(env: NodeJS.ProcessEnv): StandaloneAccounts {
  const raw = env.GATEHOUSE_STANDALONE_ACCOUNTS;
  if (raw !== undefined && raw !== '') {
    if (raw === 'root' || raw === 'disabled') return raw;
    throw new ConfigError(`GATEHOUSE_STANDALONE_ACCOUNTS must be \`root\` or \`disabled\`, got \`${raw}\``);
  }
  const legacy = env.GATEHOUSE_ALLOW_ACCOUNT_CREATION;
  if (legacy !== undefined && legacy !== '')
    return flag(env, 'GATEHOUSE_ALLOW_ACCOUNT_CREATION') ? 'root' : 'disabled';
  // Off unless the operator opts in: one deployment's accounts come from its organization.
  return 'disabled';
}

function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function secureCookies(raw: string | undefined): boolean | 'auto' {
  if (raw === undefined || raw === '' || raw === 'auto') return 'auto';
  return ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase());
}

function bootstrap(env: NodeJS.ProcessEnv): BootstrapConfig | undefined {
  const email = env.GATEHOUSE_BOOTSTRAP_EMAIL;
  const password = env.GATEHOUSE_BOOTSTRAP_PASSWORD;
  if (!email && !password) return undefined;
  if (!email || !password) {
    throw new ConfigError('GATEHOUSE_BOOTSTRAP_EMAIL and GATEHOUSE_BOOTSTRAP_PASSWORD must be set together');
  }
  return {
    email,
    password,
    alias: env.GATEHOUSE_BOOTSTRAP_ALIAS || undefined,
    accountId: env.GATEHOUSE_BOOTSTRAP_ACCOUNT_ID || undefined,
  };
}

/** Reads the configuration from the environment; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const root = findRepoRoot();
  return {
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 8080, 0, 65535),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.GATEHOUSE_DATA_DIR || path.join(root, '.data')),
    publicUrl: env.GATEHOUSE_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    secureCookies: secureCookies(env.GATEHOUSE_SECURE_COOKIES),
    trustProxy: trustProxy(env.GATEHOUSE_TRUST_PROXY),
    allowedOrigins: (env.GATEHOUSE_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    standaloneAccounts: standaloneAccounts(env),
    bootstrap: bootstrap(env),
    sessionIdleSeconds: integer(env, 'GATEHOUSE_SESSION_IDLE_SECONDS', 3600, 60, 86_400),
    sessionAbsoluteSeconds: integer(env, 'GATEHOUSE_SESSION_ABSOLUTE_SECONDS', 43_200, 300, 604_800),
    webDistDir: path.resolve(env.GATEHOUSE_WEB_DIST || path.join(root, 'apps', 'web', 'dist')),
    logLevel: env.LOG_LEVEL || 'info',
    masterKey: env.GATEHOUSE_MASTER_KEY || undefined,
    eventRetentionDays: integer(env, 'GATEHOUSE_EVENT_RETENTION_DAYS', 90, 7, 3653),
  };
}
