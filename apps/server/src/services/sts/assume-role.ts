import {
  compilePolicySet,
  evaluate,
  explain,
  parsePolicy,
  policySize,
  type CompiledPolicySet,
  type ContextValue,
  type EvaluationRequest,
} from '@gatehouse/evaluator';
import { auditEventInsert } from '../../audit/audit-event-sql.js';
import { plainExecute, plainRows } from '../../db/plain-sql.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import { Prisma } from '../../db/generated/client.js';
import type { Principal } from '../../auth/principal.js';
import { accessDenied, denialReason } from '../../authz/access-denied.js';
import { callerPolicySet } from '../../authz/caller-policy-set.js';
import type { CachedPrincipal } from '../../authz/policy-cache.js';
import { buildRequestContext } from '../../authz/request-context.js';
import { requestOrgKeys } from '../../authz/scp-levels.js';
import { nameKey } from '../../db/name-key.js';
import { AppError } from '../../errors/app-error.js';
import { roleArn as roleArnOf } from '../../model/arns.js';
import { checkPolicyDocument } from '../iam/common/policy-text.js';
import { findPolicyByArn } from '../iam/common/policy-target.js';
import { requestTagContext } from '../iam/common/tag-context.js';
import type { ServiceContext } from '../service-context.js';
import { roleSessionInsert, type TemporaryCredentials } from './issue-temporary-credentials.js';
import { verifyMfaToken } from './verify-mfa-token.js';
import { noteAccess } from '../last-accessed/access-recorder.js';
import { boundCaller, rebindTrustPrincipals } from './trust-principal-binding.js';

export interface AssumeRoleOptions {
  ctx: ServiceContext;
  roleArn: string;
  roleSessionName: string;
  /** 900 s up to the role's MaxSessionDuration (1 hour when chaining); default 3,600. */
  durationSeconds?: number;
  /** Inline session policy (JSON text). */
  policy?: string;
  /** Managed policies as session policies. */
  policyArns?: string[];
  tags?: { key: string; value: string }[];
  transitiveTagKeys?: string[];
  externalId?: string;
  serialNumber?: string;
  tokenCode?: string;
  sourceIdentity?: string;
}

export interface AssumedRole {
  credentials: TemporaryCredentials;
  /** `AROA…:<session>` */
  assumedRoleId: string;
  /** `arn:aws:sts::<acct>:assumed-role/<role>/<session>` */
  arn: string;
  /** Percentage of the packed size used by session policies and tags (when any were given). */
  packedPolicySize?: number;
  sourceIdentity?: string;
}

interface AssumedRoleRow {
  id: string;
  accountId: string;
  name: string;
  path: string;
  maxSessionDuration: number;
  trustPolicy: string;
  /** ARN → unique id of the users and roles the trust policy names; null for roles saved before. */
  trustPrincipalIds: Record<string, string> | null;
}

/** AWS's packed limit for session policies, policy ARNs and session tags together. */
const PACKED_LIMIT = 2048;
const CHAINED_MAX_SECONDS = 3600;
/** The trust policy a role that does not exist is judged by. */
const TRUSTS_NOBODY = '{"Version":"2012-10-17","Statement":[]}';
const ROLE_ARN = /^arn:aws:iam::(\d{12}):role(\/|\/[\u0021-\u007e]*\/)([\w+=,.@-]{1,64})$/;

function invalid(message: string): AppError {
  return new AppError('ValidationError', message);
}

/** Session tags: the caller's transitive tags first (they can't be overridden), then the request's. */
function sessionTags(caller: Principal, tags: { key: string; value: string }[], transitive: string[]) {
  const out = new Map<string, { key: string; value: string }>();
  const inherited = new Set<string>();
  if (caller.type === 'role-session') {
    for (const key of caller.transitiveTagKeys) {
      const value = caller.sessionTags[key];
      if (value === undefined) continue;
      out.set(nameKey(key), { key, value });
      inherited.add(nameKey(key));
    }
  }
  for (const t of tags) {
    const k = nameKey(t.key);
    if (inherited.has(k)) {
      throw invalid(
        `the session tag \`${t.key}\` is a transitive tag of the calling session and can't be overridden`,
      );
    }
    if (out.has(k)) throw invalid(`duplicate tag key \`${t.key}\`: tag keys are case-insensitive`);
    out.set(k, t);
  }
  const keys = new Set(out.keys());
  for (const key of transitive) {
    if (!keys.has(nameKey(key)))
      throw invalid(`the transitive tag key \`${key}\` is not a session tag of the request`);
  }
  const inheritedKeys = caller.type === 'role-session' ? caller.transitiveTagKeys : [];
  return { tags: [...out.values()], transitiveTagKeys: [...new Set([...inheritedKeys, ...transitive])] };
}

/**
 * The caller's compiled set with the role's trust policy as its resource policy, compiled once
 * per caller entry (which the account's authzVersion replaces on any change to the caller's
 * policies) and trust policy text: AssumeRole no longer parses and compiles eleven policies per
 * call. Kept beside the entry, so it goes when the entry goes. When the role keeps the unique ids
 * its trust policy's users and roles were bound to, the policy is judged as bound for this
 * caller (rebindTrustPrincipals), and the caller's own id is part of the key.
 */
const withTrust = new WeakMap<CachedPrincipal, Map<string, CompiledPolicySet>>();
const MAX_TRUST_SETS_PER_CALLER = 64;

function withTrustPolicy(
  mine: CachedPrincipal,
  roleArn: string,
  trustText: string,
  bound?: { ids: Record<string, string>; caller: Principal },
): CompiledPolicySet {
  let sets = withTrust.get(mine);
  if (!sets) {
    sets = new Map();
    withTrust.set(mine, sets);
  }
  const callerId = bound ? boundCaller(bound.caller) : undefined;
  const key = `${roleArn}\u0000${trustText}${bound ? `\u0000${callerId?.id ?? ''}` : ''}`;
  let compiled = sets.get(key);
  if (!compiled) {
    const parsed = parsePolicy(trustText, { sourceMap: false }).document;
    const trust = parsed && bound ? rebindTrustPrincipals(parsed, bound.ids, callerId) : parsed;
    compiled = compilePolicySet({
      ...mine.compiled.input,
      resource: trust ? [{ id: `${roleArn}:trust`, name: 'trust policy', document: trust }] : [],
    });
    if (sets.size >= MAX_TRUST_SETS_PER_CALLER) sets.delete(sets.keys().next().value!);
    sets.set(key, compiled);
  }
  return compiled;
}

/**
 * RoleLastUsed is written at most once a minute per role (by this instance), as an access key's
 * last use is: AWS reports it approximately too, and a write per call would make concurrent
 * AssumeRoles of one role queue on its row's lock.
 */
const ROLE_USE_INTERVAL_MS = 60_000;
const roleUseWritten = new Map<string, number>();

function roleUseDue(roleId: string, now: Date): boolean {
  const previous = roleUseWritten.get(roleId);
  const t = now.getTime();
  if (previous !== undefined && t >= previous && t - previous < ROLE_USE_INTERVAL_MS) return false;
  if (roleUseWritten.size >= 100_000) roleUseWritten.clear();
  roleUseWritten.set(roleId, t);
  return true;
}

/**
 * sts:AssumeRole — the one implementation of role assumption (the AWS door's AssumeRole and the
 * console's switch role). The role's trust policy is evaluated by the shared evaluator as the
 * resource policy, with the caller as principal (its session ARN for a role session): within
 * one account a trust policy naming the caller suffices and one naming the account delegates to
 * the caller's identity policies; across accounts both must allow. Refusals are AccessDenied in
 * AWS's words, audited; a granted session is one row, audited, with the role's last use.
 */
export async function assumeRole(options: AssumeRoleOptions): Promise<AssumedRole> {
  const { ctx } = options;
  const caller = ctx.principal;
  if (caller.type === 'root')
    throw new AppError('AccessDenied', 'Roles may not be assumed by root accounts.');
  const m = ROLE_ARN.exec(options.roleArn);
  if (!m) throw invalid(`\`${options.roleArn}\` is not a role ARN (arn:aws:iam::<account>:role/<name>)`);
  const [, roleAccount, rolePath, roleName] = m as unknown as [string, string, string, string];
  const chained = caller.type === 'role-session';
  const duration = options.durationSeconds ?? 3600;
  const sourceIdentity =
    caller.type === 'role-session' && caller.sourceIdentity ? caller.sourceIdentity : options.sourceIdentity;
  if (
    caller.type === 'role-session' &&
    caller.sourceIdentity &&
    options.sourceIdentity &&
    options.sourceIdentity !== caller.sourceIdentity
  ) {
    throw invalid("the source identity of a chained session can't differ from the calling session's");
  }
  const { tags, transitiveTagKeys } = sessionTags(
    caller,
    options.tags ?? [],
    options.transitiveTagKeys ?? [],
  );
  const policyArns = options.policyArns ?? [];
  if (options.policy !== undefined)
    checkPolicyDocument(options.policy, 'identity', PACKED_LIMIT, 'the session policy');
  for (const arn of policyArns) {
    if (!(await findPolicyByArn(ctx.db, roleAccount, arn))) {
      throw new AppError('MalformedPolicyDocument', `Policy ${arn} does not exist or is not attachable.`);
    }
  }
  const given = options.policy !== undefined || policyArns.length > 0 || tags.length > 0;
  const packed =
    (options.policy !== undefined ? policySize(options.policy, 'identity') : 0) +
    policyArns.reduce((n, a) => n + a.length, 0) +
    tags.reduce((n, t) => n + t.key.length + t.value.length, 0);
  const packedPolicySize = given ? Math.ceil((100 * packed) / PACKED_LIMIT) : undefined;
  if (packedPolicySize !== undefined && packedPolicySize > 100) {
    throw new AppError(
      'PackedPolicyTooLarge',
      `Packed policy consumes ${packedPolicySize}% of allotted space, please use smaller policy for the request.`,
    );
  }

  const mfaAt = await verifyMfaToken(ctx, caller, options.serialNumber, options.tokenCode);
  // Only what AssumeRole reads of the role, in one plain statement (the door's hot path).
  const [role] = await plainRows<AssumedRoleRow>(
    ctx.db,
    Prisma.sql`
    SELECT "id", "accountId", "name", "path", "maxSessionDuration", "trustPolicy", "trustPrincipalIds"
    FROM "Role" WHERE "accountId" = ${roleAccount} AND "nameLower" = ${nameKey(roleName)}`,
  );
  const deny = async (action: string, reason: Parameters<typeof accessDenied>[3]) => {
    await recordAuditEvent(ctx.db, ctx, {
      action,
      resource: options.roleArn,
      result: 'Denied',
      errorCode: 'AccessDenied',
    });
    throw accessDenied(caller.arn, action, options.roleArn, reason);
  };
  const found = role && role.path === rolePath ? role : undefined;
  const roleArn = found ? roleArnOf(found.accountId, found.path, found.name) : options.roleArn;
  const maxDuration = chained ? CHAINED_MAX_SECONDS : (found?.maxSessionDuration ?? Infinity);
  if (duration > maxDuration) {
    throw invalid(
      chained
        ? 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
        : 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    );
  }

  const { entry: mine, tags: callerTags } = await callerPolicySet(ctx, caller);
  const now = ctx.clock();
  // A role that does not exist is refused as one whose trust policy allows nobody: in the same
  // words (no identity-based policy allows, or no resource-based policy does), so a refusal does
  // not tell whether the role exists. A trust policy saved with its principals' unique ids
  // trusts those principals, not whoever holds their names now (trust-principal-binding.ts).
  const bound = found?.trustPrincipalIds ? { ids: found.trustPrincipalIds, caller } : undefined;
  const compiled = withTrustPolicy(mine, roleArn, found?.trustPolicy ?? TRUSTS_NOBODY, bound);
  const principal = mfaAt ? { ...caller, mfaAuthenticatedAt: mfaAt } : caller;
  const stsContext: Record<string, ContextValue> = {
    // aws:PrincipalOrgID / PrincipalOrgPaths of the caller, aws:ResourceOrgID of the role's account
    ...(await requestOrgKeys(ctx, mine.org, caller.accountId, roleArn)),
    ...requestTagContext(tags),
    'sts:RoleSessionName': options.roleSessionName,
    ...(options.externalId !== undefined ? { 'sts:ExternalId': options.externalId } : {}),
    ...(sourceIdentity !== undefined ? { 'sts:SourceIdentity': sourceIdentity } : {}),
    ...(transitiveTagKeys.length > 0 ? { 'sts:TransitiveTagKeys': transitiveTagKeys } : {}),
  };
  const check = async (action: string) => {
    const request: EvaluationRequest = {
      principal: caller.arn,
      action,
      resource: roleArn,
      resourceAccount: roleAccount,
      context: buildRequestContext(principal, ctx.request, now, callerTags, stsContext),
    };
    if (!mine.broken && evaluate(compiled, request) === 'Allow') {
      // Decided here rather than in authorize(): Access Advisor counts it all the same.
      noteAccess(ctx, action);
      return;
    }
    await deny(action, mine.broken ? 'no-identity-allow' : denialReason(explain(compiled, request)));
  };
  await check('sts:AssumeRole');
  if (!found) return deny('sts:AssumeRole', 'no-identity-allow');
  if (tags.length > 0) await check('sts:TagSession');
  if (options.sourceIdentity !== undefined && !(caller.type === 'role-session' && caller.sourceIdentity)) {
    await check('sts:SetSourceIdentity');
  }

  const sessionArn = `arn:aws:sts::${found.accountId}:assumed-role/${found.name}/${options.roleSessionName}`;
  const { insert, credentials } = roleSessionInsert(ctx, {
    accountId: found.accountId,
    roleId: found.id,
    sessionName: options.roleSessionName,
    sessionPolicy: options.policy ?? null,
    sessionPolicyArns: policyArns,
    sessionTags: Object.fromEntries(tags.map((t) => [t.key, t.value])),
    transitiveTagKeys,
    sourceIdentity: sourceIdentity ?? null,
    mfaAuthenticatedAt: mfaAt ?? caller.mfaAuthenticatedAt ?? null,
    chained,
    issuedTo: caller.arn,
    issuedAt: now,
    expiresAt: new Date(now.getTime() + duration * 1000),
  });
  const details = {
    roleArn,
    roleSessionName: options.roleSessionName,
    sessionArn,
    durationSeconds: duration,
    sourceIdentity: sourceIdentity ?? null,
    tagKeys: tags.map((t) => t.key),
    chained,
    mfa: mfaAt !== undefined,
    temporaryAccessKeyId: credentials.accessKeyId,
  };
  const audit = { action: 'sts:AssumeRole', resource: roleArn, result: 'Success' } as const;
  // The session, the role's last use (when due) and the audit events in one statement: one round
  // trip, and as atomic as a transaction (a statement commits whole or not at all).
  const parts = [Prisma.sql`"credential" AS (${insert})`];
  if (roleUseDue(found.id, now)) {
    // As Prisma's update did: @updatedAt is the server's time.
    parts.push(
      Prisma.sql`"roleUse" AS (UPDATE "Role" SET "lastUsedAt" = ${now}, "updatedAt" = ${new Date()}
                                WHERE "id" = ${found.id})`,
    );
  }
  if (found.accountId !== caller.accountId) {
    const theirs = auditEventInsert(ctx, {
      ...audit,
      accountId: found.accountId,
      details: { ...details, callerAccount: caller.accountId },
    });
    parts.push(Prisma.sql`"roleAccountEvent" AS (${theirs})`);
  }
  await plainExecute(
    ctx.db,
    Prisma.sql`WITH ${Prisma.join(parts, ', ')} ${auditEventInsert(ctx, { ...audit, details })}`,
  );
  return {
    credentials,
    assumedRoleId: `${found.id}:${options.roleSessionName}`,
    arn: sessionArn,
    ...(packedPolicySize !== undefined ? { packedPolicySize } : {}),
    ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
  };
}
