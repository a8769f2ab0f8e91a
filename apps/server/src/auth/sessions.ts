import type { Config } from '../config.js';
import type { DbOrTx } from '../db/client.js';
import { rootArn, userArn } from '../model/arns.js';
import type { Principal } from './principal.js';
import { roleSessionPrincipal } from './role-session-principal.js';
import { newToken, sha256Hex } from './tokens.js';

export interface NewSession {
  accountId: string;
  /** Absent for the root user. */
  userId?: string;
  sourceIp?: string;
  userAgent?: string;
  /** Set when the sign-in included an MFA code. */
  mfaAuthenticatedAt?: Date;
}

/** The secrets handed to the browser; only their hashes are stored. */
export interface SessionTokens {
  token: string;
  csrfToken: string;
  absoluteExpiresAt: Date;
}

// lastSeenAt is written at most this often, so a busy session is not a write per request.
const TOUCH_INTERVAL_MS = 60_000;

export async function createSession(
  db: DbOrTx,
  config: Config,
  now: Date,
  session: NewSession,
): Promise<SessionTokens> {
  const token = newToken();
  const csrfToken = newToken();
  const absoluteExpiresAt = new Date(now.getTime() + config.sessionAbsoluteSeconds * 1000);
  await db.session.create({
    data: {
      tokenHash: sha256Hex(token),
      csrfTokenHash: sha256Hex(csrfToken),
      accountId: session.accountId,
      principalType: session.userId ? 'User' : 'Root',
      userId: session.userId ?? null,
      sourceIp: session.sourceIp?.slice(0, 64) ?? null,
      userAgent: session.userAgent?.slice(0, 512) ?? null,
      createdAt: now,
      lastSeenAt: now,
      absoluteExpiresAt,
      mfaAuthenticatedAt: session.mfaAuthenticatedAt ?? null,
    },
  });
  return { token, csrfToken, absoluteExpiresAt };
}

export interface ResolvedSession {
  sessionId: string;
  csrfTokenHash: string;
  principal: Principal;
}

export type SessionLookup =
  { ok: true; session: ResolvedSession } | { ok: false; reason: 'unknown' | 'expired' };

/**
 * The principal behind a session token, or why there is none. An expired session (idle for
 * longer than the idle timeout, or past its absolute lifetime) is deleted on sight.
 */
export async function resolveSession(
  db: DbOrTx,
  config: Config,
  now: Date,
  token: string,
): Promise<SessionLookup> {
  const row = await db.session.findUnique({
    where: { tokenHash: sha256Hex(token) },
    include: {
      account: true,
      user: { include: { loginProfile: true } },
      roleCredential: { include: { role: true } },
    },
  });
  if (!row) return { ok: false, reason: 'unknown' };
  const idleDeadline = row.lastSeenAt.getTime() + config.sessionIdleSeconds * 1000;
  if (now.getTime() >= idleDeadline || now.getTime() >= row.absoluteExpiresAt.getTime()) {
    await db.session.deleteMany({ where: { id: row.id } });
    return { ok: false, reason: 'expired' };
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.session.updateMany({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  const base = { sessionId: row.id, csrfTokenHash: row.csrfTokenHash };
  const mfa = row.mfaAuthenticatedAt ? { mfaAuthenticatedAt: row.mfaAuthenticatedAt } : {};
  if (row.principalType === 'Root') {
    const principal: Principal = {
      type: 'root',
      accountId: row.accountId,
      arn: rootArn(row.accountId),
      email: row.account.rootEmail,
      sessionId: row.id,
      ...mfa,
    };
    return { ok: true, session: { ...base, principal } };
  }
  const user = row.user;
  // A user whose console password was removed keeps no console access.
  if (!user?.loginProfile) {
    await db.session.deleteMany({ where: { id: row.id } });
    return { ok: false, reason: 'unknown' };
  }
  const switched = row.roleCredential;
  if (switched?.role && switched.expiresAt.getTime() > now.getTime()) {
    // Switch role: the console session *is* the role session until it ends or the user switches back.
    const principal: Principal = {
      ...roleSessionPrincipal(switched, switched.role),
      sessionId: row.id,
      console: { displayName: row.roleDisplayName ?? switched.role.name, color: row.roleColor },
    };
    return { ok: true, session: { ...base, principal } };
  }
  if (switched) {
    // The role session ended (expired, or its role was deleted): back to the user.
    await db.session.updateMany({ where: { id: row.id }, data: { roleCredentialId: null } });
  }
  const principal: Principal = {
    type: 'user',
    accountId: row.accountId,
    arn: userArn(row.accountId, user.path, user.name),
    userId: user.id,
    userName: user.name,
    path: user.path,
    passwordResetRequired: user.loginProfile.passwordResetRequired,
    sessionId: row.id,
    ...mfa,
  };
  return { ok: true, session: { ...base, principal } };
}

export async function deleteSessionByToken(db: DbOrTx, token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: sha256Hex(token) } });
}

/** Ends every session of a user (or of the root user), except `keepSessionId`. */
export async function revokeSessions(
  db: DbOrTx,
  who: { accountId: string; userId?: string },
  keepSessionId?: string,
): Promise<void> {
  await db.session.deleteMany({
    where: {
      accountId: who.accountId,
      ...(who.userId ? { userId: who.userId } : { principalType: 'Root' }),
      ...(keepSessionId ? { id: { not: keepSessionId } } : {}),
    },
  });
}
