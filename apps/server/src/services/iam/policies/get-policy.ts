import type { ServiceContext } from '../../service-context.js';
import { authorizeOnPolicy } from '../common/policy-target.js';
import { policyDetails, type PolicyFacts } from './policy-facts.js';

/** iam:GetPolicy — the policy with its default version's text, usage counts and tags. */
export async function getPolicy(options: { ctx: ServiceContext; policyArn: string }): Promise<PolicyFacts> {
  const policy = await authorizeOnPolicy(options.ctx, options.policyArn, 'iam:GetPolicy');
  return policyDetails(options.ctx.db, options.ctx.principal.accountId, policy.id);
}
