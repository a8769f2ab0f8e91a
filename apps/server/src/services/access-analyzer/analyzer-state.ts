import type { DbOrTx } from '../../db/client.js';

export const DEFAULT_UNUSED_ACCESS_AGE = 90;

export interface AnalyzerState {
  unusedAccessAge: number;
  fingerprint: string | null;
  analyzedAt: Date | null;
}

/** The account's analyzer state; an account never analysed has the defaults. */
export async function readAnalyzerState(db: DbOrTx, accountId: string): Promise<AnalyzerState> {
  const state = await db.accessAnalyzerState.findUnique({ where: { accountId } });
  return state ?? { unusedAccessAge: DEFAULT_UNUSED_ACCESS_AGE, fingerprint: null, analyzedAt: null };
}
