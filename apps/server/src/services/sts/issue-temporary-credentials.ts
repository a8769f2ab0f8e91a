import { sha256Hex } from '../../auth/tokens.js';
import { newSessionToken, sealTemporarySecret } from '../../aws/credentials/temporary-credential-secret.js';
import type { DbOrTx } from '../../db/client.js';
import type { Prisma } from '../../db/generated/client.js';
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
