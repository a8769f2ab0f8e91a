import { newToken, safeEqual, sha256Hex } from '../../auth/tokens.js';
import type { DbOrTx } from '../../db/client.js';

const SETUP_TOKEN_KEY = 'setupTokenHash';

export async function hasAnyAccount(db: DbOrTx): Promise<boolean> {
  return (await db.account.findFirst({ select: { id: true } })) !== null;
}

/**
 * When the deployment has no account yet, issues a fresh one-time setup token (only its hash
 * is kept, replacing any earlier one) and returns it for the setup link; otherwise undefined.
 */
export async function issueSetupToken(db: DbOrTx): Promise<string | undefined> {
  if (await hasAnyAccount(db)) return undefined;
  const token = newToken();
  const value = sha256Hex(token);
  await db.deploymentSetting.upsert({
    where: { key: SETUP_TOKEN_KEY },
    create: { key: SETUP_TOKEN_KEY, value },
    update: { value },
  });
  return token;
}

export async function setupTokenMatches(db: DbOrTx, token: string): Promise<boolean> {
  const stored = await db.deploymentSetting.findUnique({ where: { key: SETUP_TOKEN_KEY } });
  return stored !== null && safeEqual(stored.value, sha256Hex(token));
}

export async function consumeSetupToken(db: DbOrTx): Promise<void> {
  await db.deploymentSetting.deleteMany({ where: { key: SETUP_TOKEN_KEY } });
}
