import type { AwsActionTable } from '../action-table.js';
import { accountActions } from './account-actions.js';
import { attachmentActions } from './attachment-actions.js';
import { credentialActions } from './credential-actions.js';
import { groupActions } from './group-actions.js';
import { inlinePolicyActions } from './inline-policy-actions.js';
import { lastAccessedActions } from './last-accessed-actions.js';
import { policyActions } from './policy-actions.js';
import { roleActions } from './role-actions.js';
import { simulatorActions } from './simulator-actions.js';
import { tagActions } from './tag-actions.js';
import { userActions } from './user-actions.js';

/** IAM 2010-05-08: every action Gatehouse serves, by AWS's name. Others are InvalidAction. */
export const iamActions: AwsActionTable = {
  ...userActions,
  ...groupActions,
  ...roleActions,
  ...policyActions,
  ...attachmentActions,
  ...inlinePolicyActions,
  ...tagActions,
  ...credentialActions,
  ...accountActions,
  ...simulatorActions,
  ...lastAccessedActions,
};
