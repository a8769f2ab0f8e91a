import type { Tx } from '../../../db/client.js';
import { FULL_AWS_ACCESS_ID, SCP_TYPE } from './org-arns.js';

export const FULL_AWS_ACCESS_CONTENT =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';

/** The AWS managed FullAWSAccess SCP, shared by every organization of the deployment. */
export async function ensureFullAwsAccess(tx: Tx): Promise<void> {
  await tx.orgPolicy.upsert({
    where: { id: FULL_AWS_ACCESS_ID },
    update: {},
    create: {
      id: FULL_AWS_ACCESS_ID,
      organizationId: null,
      type: SCP_TYPE,
      name: 'FullAWSAccess',
      nameLower: 'fullawsaccess',
      description: 'Allows access to every operation',
      content: FULL_AWS_ACCESS_CONTENT,
      awsManaged: true,
    },
  });
}

/** As AWS does for a new OU or account while SCPs are enabled: FullAWSAccess, attached directly. */
export async function attachFullAwsAccess(
  tx: Tx,
  organizationId: string,
  target: { nodeId: string } | { accountId: string },
): Promise<void> {
  await ensureFullAwsAccess(tx);
  await tx.orgPolicyAttachment.create({
    data: { organizationId, policyId: FULL_AWS_ACCESS_ID, ...target },
  });
}
