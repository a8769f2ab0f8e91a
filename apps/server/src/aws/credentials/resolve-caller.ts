// Who signed an AWS API request: the access key (AKIA…) of an IAM user or the root user, or
// temporary credentials (ASIA… + session token) of a role session or a GetSessionToken
// session. Unknown and inactive keys are InvalidClientTokenId, expired sessions ExpiredToken,
// as AWS answers; the signature is checked with the secret only after the key is known.
import { timingSafeEqual } from 'node:crypto';
import type { Principal } from '../../auth/principal.js';
import { sha256Hex } from '../../auth/tokens.js';
import { masterKeyFor } from '../../crypto/master-key.js';
import { rootArn, userArn } from '../../model/arns.js';
import { roleSessionPrincipal } from '../../auth/role-session-principal.js';
import { openAccessKeySecret } from '../../services/credentials/access-keys/access-key-secret.js';
import type { AppDeps } from '../../services/service-context.js';
import { Prisma, type TemporaryCredential } from '../../db/generated/client.js';
import { plainRows } from '../../db/plain-sql.js';
import { AwsError } from '../protocol/aws-error.js';
import { openTemporarySecret } from './temporary-credential-secret.js';

export interface ResolvedCredential {
  principal: Principal;
  secretAccessKey: string;
  /** Long-term key (AKIA…): its last use is recorded. */
  longTerm: boolean;
  /** The principal's account's authzVersion read with the credential, when it was (saves the policy cache a read). */
  authzVersion?: bigint;
}

const INVALID_TOKEN = 'The security token included in the request is invalid.';

function invalidToken(): AwsError {
  return new AwsError('InvalidClientTokenId', INVALID_TOKEN, 403);
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

interface KeyRow {
  id: string;
  accountId: string;
  userId: string | null;
  status: string;
  secretEncrypted: string;
  userName: string | null;
  userPath: string | null;
  rootEmail: string;
  authzVersion: bigint;
}

/**
 * Secrets already opened, by key id, with the sealed text they came from. The key's row (its
 * status, owner and sealed secret) is still read on every request, so a deactivated or deleted
 * key is refused at once on every instance; only the AES-GCM opening is skipped while the row
 * holds the same sealed text (under the same master key). Bounded: the oldest entry goes first.
 */
const openedSecrets = new Map<string, { master: Buffer; sealed: string; secret: string }>();
const MAX_OPENED_SECRETS = 10_000;

function openSecretOf(deps: AppDeps, id: string, sealed: string, open: typeof openAccessKeySecret): string {
  const master = masterKeyFor(deps.config);
  const known = openedSecrets.get(id);
  if (known && known.sealed === sealed && known.master === master) return known.secret;
  const secret = open(deps.config, id, sealed);
  if (openedSecrets.size >= MAX_OPENED_SECRETS) openedSecrets.delete(openedSecrets.keys().next().value!);
  openedSecrets.set(id, { master, sealed, secret });
  return secret;
}

/**
 * Credential reads asked for during one turn of the event loop, by database client, then key id.
 * They go to the database as one statement when the turn ends (setImmediate), so concurrent
 * requests signed with the same key (an SDK client's connections) share one read. A request only
 * ever shares a read sent after it arrived, so it sees every change committed before it arrived,
 * exactly as a read of its own would: a deactivated, deleted or revoked key is refused at once.
 * The rows are only read here, never changed, so every waiter may be given the same one.
 */
function readsSharedPerTurn<R extends { id: string }>(
  statement: (ids: string[]) => Prisma.Sql,
): (deps: AppDeps, id: string) => Promise<R | undefined> {
  type Waiter = { resolve: (row: R | undefined) => void; reject: (err: unknown) => void };
  let pending: Map<AppDeps['db'], Map<string, Waiter[]>> | undefined;
  const send = () => {
    const batches = pending!;
    pending = undefined;
    for (const [db, byId] of batches) {
      plainRows<R>(db, statement([...byId.keys()])).then(
        (rows) => {
          const found = new Map(rows.map((row) => [row.id, row]));
          for (const [id, waiters] of byId) for (const w of waiters) w.resolve(found.get(id));
        },
        (err: unknown) => {
          for (const waiters of byId.values()) for (const w of waiters) w.reject(err);
        },
      );
    }
  };
  return (deps, id) =>
    new Promise((resolve, reject) => {
      if (!pending) {
        pending = new Map();
        setImmediate(send);
      }
      let byId = pending.get(deps.db);
      if (!byId) pending.set(deps.db, (byId = new Map()));
      const waiters = byId.get(id);
      if (waiters) waiters.push({ resolve, reject });
      else byId.set(id, [{ resolve, reject }]);
    });
}

const readKeyRow = readsSharedPerTurn<KeyRow>(
  (ids) => Prisma.sql`
    SELECT k."id", k."accountId", k."userId", k."status"::text AS "status", k."secretEncrypted",
           u."name" AS "userName", u."path" AS "userPath", a."rootEmail", a."authzVersion"
    FROM "AccessKey" k
    JOIN "Account" a ON a."id" = k."accountId"
    LEFT JOIN "User" u ON u."id" = k."userId"
    WHERE k."id" = ANY(${ids}::text[])`,
);

/** The key, its owner and the account's authzVersion (for the policy cache): one shared round trip. */
async function longTermKey(deps: AppDeps, accessKeyId: string): Promise<ResolvedCredential> {
  const key = await readKeyRow(deps, accessKeyId);
  if (!key || key.status !== 'Active') throw invalidToken();
  const secretAccessKey = openSecretOf(deps, key.id, key.secretEncrypted, openAccessKeySecret);
  const authzVersion = key.authzVersion;
  if (key.userId !== null) {
    if (key.userName === null || key.userPath === null) throw invalidToken();
    return {
      secretAccessKey,
      longTerm: true,
      authzVersion,
      principal: {
        type: 'user',
        accountId: key.accountId,
        arn: userArn(key.accountId, key.userPath, key.userName),
        userId: key.userId,
        userName: key.userName,
        path: key.userPath,
        // A forced password change binds the console, not programmatic access (AWS's rule).
        passwordResetRequired: false,
        accessKeyId: key.id,
      },
    };
  }
  return {
    secretAccessKey,
    longTerm: true,
    authzVersion,
    principal: {
      type: 'root',
      accountId: key.accountId,
      arn: rootArn(key.accountId),
      email: key.rootEmail,
      accessKeyId: key.id,
    },
  };
}

/** A temporary credential with its role, user or account: what the principal is built from. */
interface TemporaryRow extends TemporaryCredential {
  roleAccountId: string | null;
  roleName: string | null;
  rolePath: string | null;
  userAccountId: string | null;
  userName: string | null;
  userPath: string | null;
  rootEmail: string | null;
  /** The credential's account's authzVersion (for the policy cache, when the principal is of that account). */
  authzVersion: bigint | null;
}

const readTemporaryRow = readsSharedPerTurn<TemporaryRow>(
  (ids) => Prisma.sql`
    SELECT t."id", t."accountId", t."roleId", t."userId", t."forRoot", t."sessionName",
           t."secretEncrypted", t."tokenHash", t."sessionPolicy", t."sessionPolicyArns",
           t."sessionTags", t."transitiveTagKeys", t."sourceIdentity", t."mfaAuthenticatedAt",
           t."chained", t."issuedTo", t."issuedAt", t."expiresAt",
           r."accountId" AS "roleAccountId", r."name" AS "roleName", r."path" AS "rolePath",
           u."accountId" AS "userAccountId", u."name" AS "userName", u."path" AS "userPath",
           a."rootEmail", a."authzVersion"
    FROM "TemporaryCredential" t
    LEFT JOIN "Role" r ON r."id" = t."roleId"
    LEFT JOIN "User" u ON u."id" = t."userId"
    LEFT JOIN "Account" a ON a."id" = t."accountId"
    WHERE t."id" = ANY(${ids}::text[])`,
);

/**
 * The credential, its role or user, the account (a root session's email) and its authzVersion:
 * one round trip, shared with the turn's other requests.
 */
async function temporaryKey(
  deps: AppDeps,
  accessKeyId: string,
  sessionToken: string | undefined,
  now: Date,
): Promise<ResolvedCredential> {
  if (!sessionToken) throw invalidToken();
  const row = await readTemporaryRow(deps, accessKeyId);
  if (!row || !sameHash(row.tokenHash, sha256Hex(sessionToken))) throw invalidToken();
  if (row.expiresAt.getTime() <= now.getTime()) {
    throw new AwsError('ExpiredToken', 'The security token included in the request is expired', 403);
  }
  const secretAccessKey = openSecretOf(deps, row.id, row.secretEncrypted, openTemporarySecret);
  const common = {
    accessKeyId: row.id,
    tokenIssuedAt: row.issuedAt,
    ...(row.mfaAuthenticatedAt ? { mfaAuthenticatedAt: row.mfaAuthenticatedAt } : {}),
  };
  // The version read is the credential's account's: it saves the policy cache a read only for a
  // principal of that same account.
  const versionFor = (accountId: string) =>
    row.authzVersion !== null && accountId === row.accountId ? { authzVersion: row.authzVersion } : {};
  if (row.roleId !== null && row.roleAccountId !== null && row.roleName !== null && row.rolePath !== null) {
    const role = { id: row.roleId, accountId: row.roleAccountId, name: row.roleName, path: row.rolePath };
    return {
      secretAccessKey,
      longTerm: false,
      ...versionFor(role.accountId),
      principal: { ...roleSessionPrincipal(row, role), accessKeyId: row.id },
    };
  }
  if (row.userId !== null && row.userAccountId !== null && row.userName !== null && row.userPath !== null) {
    return {
      secretAccessKey,
      longTerm: false,
      ...versionFor(row.userAccountId),
      principal: {
        type: 'user',
        accountId: row.userAccountId,
        arn: userArn(row.userAccountId, row.userPath, row.userName),
        userId: row.userId,
        userName: row.userName,
        path: row.userPath,
        passwordResetRequired: false,
        ...common,
      },
    };
  }
  if (!row.forRoot || row.rootEmail === null) throw invalidToken();
  return {
    secretAccessKey,
    longTerm: false,
    ...versionFor(row.accountId),
    principal: {
      type: 'root',
      accountId: row.accountId,
      arn: rootArn(row.accountId),
      email: row.rootEmail,
      ...common,
    },
  };
}

export function resolveCredential(
  deps: AppDeps,
  accessKeyId: string,
  sessionToken: string | undefined,
  now: Date,
): Promise<ResolvedCredential> {
  if (/^AKIA[A-Z2-7]{16}$/.test(accessKeyId)) return longTermKey(deps, accessKeyId);
  if (/^ASIA[A-Z2-7]{16}$/.test(accessKeyId)) return temporaryKey(deps, accessKeyId, sessionToken, now);
  return Promise.reject(invalidToken());
}
