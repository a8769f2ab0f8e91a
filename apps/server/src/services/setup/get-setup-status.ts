import type { PublicContext } from '../service-context.js';
import { hasAnyAccount } from './setup-token.js';

/** First-run setup is pending while the deployment has no account. */
export async function getSetupStatus(options: { ctx: PublicContext }): Promise<{ pending: boolean }> {
  return { pending: !(await hasAnyAccount(options.ctx.db)) };
}
