// Tags of users, roles, customer managed policies and virtual MFA devices:
// Tag/Untag/List{User,Role,Policy,MFADevice}Tags. Users and roles are named by UserName/RoleName,
// policies by PolicyArn, MFA devices by SerialNumber.
import { listTags } from '../../services/iam/tags/list-tags.js';
import { tagResource } from '../../services/iam/tags/tag-resource.js';
import type { TaggableKind } from '../../services/iam/tags/tag-target.js';
import { untagResource } from '../../services/iam/tags/untag-resource.js';
import type { AwsActionHandler, AwsActionTable, AwsInput } from '../action-table.js';
import { awsTag } from './iam-shapes.js';
import { listOutput, pageOf } from './paging.js';
import { checkedTagKeys, checkedTags } from './tag-input.js';

const ID_MEMBER = { user: 'UserName', role: 'RoleName', policy: 'PolicyArn', mfa: 'SerialNumber' } as const;

const idOf = (kind: TaggableKind, input: AwsInput): string => input[ID_MEMBER[kind]] as string;

const tag =
  (kind: TaggableKind): AwsActionHandler =>
  async (ctx, input) => {
    await tagResource({ ctx, kind, id: idOf(kind, input), tags: checkedTags(input.Tags) ?? [] });
  };

const untag =
  (kind: TaggableKind): AwsActionHandler =>
  async (ctx, input) => {
    await untagResource({ ctx, kind, id: idOf(kind, input), keys: checkedTagKeys(input.TagKeys) });
  };

const list =
  (kind: TaggableKind): AwsActionHandler =>
  async (ctx, input) =>
    listOutput('Tags', await listTags({ ctx, kind, id: idOf(kind, input), ...pageOf(input) }), awsTag);

export const tagActions: AwsActionTable = {
  TagUser: tag('user'),
  TagRole: tag('role'),
  TagPolicy: tag('policy'),
  UntagUser: untag('user'),
  UntagRole: untag('role'),
  UntagPolicy: untag('policy'),
  ListUserTags: list('user'),
  ListRoleTags: list('role'),
  ListPolicyTags: list('policy'),
  TagMFADevice: tag('mfa'),
  UntagMFADevice: untag('mfa'),
  ListMFADeviceTags: list('mfa'),
};
