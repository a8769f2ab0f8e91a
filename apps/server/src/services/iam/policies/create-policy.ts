import { authorize } from '../../../authz/authorize.js';
import { recordAuditEvent } from '../../../audit/record-audit-event.js';
import { nameKey } from '../../../db/name-key.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { policyArn } from '../../../model/arns.js';
import { QUOTAS } from '../../../model/quotas.js';
import { newUniqueId } from '../../../model/unique-ids.js';
import type { ServiceContext } from '../../service-context.js';
import { alreadyExists } from '../common/errors.js';
import { checkPolicyDocument, type CheckedPolicy } from '../common/policy-text.js';
import { requestTagContext } from '../common/tag-context.js';
import { inTransaction } from '../../../db/in-transaction.js';
import { policyDetails, type PolicyFacts } from './policy-facts.js';

export interface CreatePolicyOptions {
  ctx: ServiceContext;
  policyName: string;
  path?: string;
  document: string;
  description?: string;
  tags?: { key: string; value: string }[];
}

/**
 * iam:CreatePolicy on the new policy's ARN (`aws:RequestTag/*`, `aws:TagKeys`; tags also need
 * iam:TagPolicy). The document is validated as an identity policy within AWS's 6,144-character
 * quota and stored as version v1, the default.
 */
export async function createPolicy(
  options: CreatePolicyOptions,
): Promise<{ facts: PolicyFacts; check: CheckedPolicy }> {
  const { ctx, policyName } = options;
  const accountId = ctx.principal.accountId;
  const path = options.path ?? '/';
  const tags = options.tags ?? [];
  const arn = policyArn(accountId, path, policyName);
  await authorize(ctx, 'iam:CreatePolicy', arn, requestTagContext(tags));
  if (tags.length > 0) await authorize(ctx, 'iam:TagPolicy', arn, requestTagContext(tags));
  const check = checkPolicyDocument(options.document, 'identity', QUOTAS.policySize, 'the policy');

  try {
    const facts = await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      const policy = await tx.managedPolicy.create({
        data: {
          id: newUniqueId('policy'),
          accountId,
          scope: 'Local',
          arn,
          name: policyName,
          nameLower: nameKey(policyName),
          path,
          description: options.description ?? null,
          defaultVersionId: 'v1',
          nextVersionNumber: 2,
          createdAt: now,
          versions: { create: { versionId: 'v1', document: options.document, createdAt: now } },
          tags: {
            create: tags.map((t) => ({ accountId, key: t.key, keyLower: nameKey(t.key), value: t.value })),
          },
        },
      });
      await recordAuditEvent(tx, ctx, {
        action: 'iam:CreatePolicy',
        resource: arn,
        result: 'Success',
        details: { policyName, policyId: policy.id, path, tagKeys: tags.map((t) => t.key) },
      });
      return policyDetails(tx, ctx.principal.accountId, policy.id);
    });
    return { facts, check };
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyExists('policy', policyName, err);
    throw err;
  }
}
