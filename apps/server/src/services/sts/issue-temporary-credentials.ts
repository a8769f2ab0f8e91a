import { sha256Hex } from '../../auth/tokens.js';
import { newSessionToken, sealTemporarySecret } from '../../aws/credentials/temporary-credential-secret.js';
import type { DbOrTx } from '../../db/client.js';
import { Prisma } from '../../db/generated/client.js';
import { newUniqueId } from '../../model/unique-ids.js';
import type { AppDeps } from '../service-context.js';
import { newSecretAccessKey } from '../credentials/access-keys/access-key-secret.js';

/** What STS hands out: shown once, never stored in the clear (the token only as its hash). */
export interface TemporaryCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export type NewTemporaryCredential = Omit<
  Prisma.TemporaryCredentialUncheckedCreateInput,
  'id' | 'secretEncrypted' | 'tokenHash'
>;

/** Writes a temporary credential row (in the caller's transaction) and returns its secrets. */
export async function issueTemporaryCredentials(
  tx: DbOrTx,
  deps: AppDeps,
  row: NewTemporaryCredential,
): Promise<TemporaryCredentials> {
  const accessKeyId = newUniqueId('temporaryAccessKey');
  const secretAccessKey = newSecretAccessKey();
  const sessionToken = newSessionToken();
  await tx.temporaryCredential.create({
    data: {
      ...row,
      id: accessKeyId,
      secretEncrypted: sealTemporarySecret(deps.config, accessKeyId, secretAccessKey),
      tokenHash: sha256Hex(sessionToken),
    },
  });
  return { accessKeyId, secretAccessKey, sessionToken, expiration: row.expiresAt as Date };
}

/** What an AssumeRole session row holds (the plain values of NewTemporaryCredential). */
export interface RoleSessionRow {
  accountId: string;
  roleId: string;
  sessionName: string;
  sessionPolicy: string | null;
  sessionPolicyArns: string[];
  sessionTags: Record<string, string>;
  transitiveTagKeys: string[];
  sourceIdentity: string | null;
  mfaAuthenticatedAt: Date | null;
  chained: boolean;
  issuedTo: string;
  issuedAt: Date;
  expiresAt: Date;
}

/**
 * The same row as issueTemporaryCredentials writes, as one INSERT to run in a single statement
 * with the audit event that records it (audit/audit-event-sql.ts), and its secrets.
 */
export function roleSessionInsert(
  deps: AppDeps,
  row: RoleSessionRow,
): { insert: Prisma.Sql; credentials: TemporaryCredentials } {
  const accessKeyId = newUniqueId('temporaryAccessKey');
  const secretAccessKey = newSecretAccessKey();
  const sessionToken = newSessionToken();
  const insert = Prisma.sql`
    INSERT INTO "TemporaryCredential" ("id", "accountId", "roleId", "sessionName", "secretEncrypted",
      "tokenHash", "sessionPolicy", "sessionPolicyArns", "sessionTags", "transitiveTagKeys",
      "sourceIdentity", "mfaAuthenticatedAt", "chained", "issuedTo", "issuedAt", "expiresAt")
    VALUES (${accessKeyId}, ${row.accountId}, ${row.roleId}, ${row.sessionName},
      ${sealTemporarySecret(deps.config, accessKeyId, secretAccessKey)}, ${sha256Hex(sessionToken)},
      ${row.sessionPolicy}, ${row.sessionPolicyArns}::text[], ${JSON.stringify(row.sessionTags)}::jsonb,
      ${row.transitiveTagKeys}::text[], ${row.sourceIdentity}, ${row.mfaAuthenticatedAt}, ${row.chained},
      ${row.issuedTo}, ${row.issuedAt}, ${row.expiresAt})`;
  return { insert, credentials: { accessKeyId, secretAccessKey, sessionToken, expiration: row.expiresAt } };
}
