// The description of each access key, as the IAM console keeps it: a tag on the key's user whose
// key is the access key ID. Read with the caller's rights; without iam:ListUserTags there are
// simply no descriptions to show.
import { useQuery } from '@tanstack/react-query';
import type { CredentialOwner } from '../../api/credentials-api.js';
import { whoamiQuery } from '../../api/queries/auth.js';
import { userTagsQuery } from '../../api/queries/users.js';

const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z2-7]{16}$/;

export function useAccessKeyDescriptions(owner: CredentialOwner): ReadonlyMap<string, string> {
  const me = useQuery({ ...whoamiQuery(), enabled: owner.kind === 'self' }).data;
  const userName = owner.kind === 'user' ? owner.userName : me?.type === 'user' ? me.userName : undefined;
  const tags = useQuery({ ...userTagsQuery(userName ?? ''), enabled: !!userName, retry: false }).data;
  const descriptions = new Map<string, string>();
  for (const tag of tags?.items ?? []) {
    if (ACCESS_KEY_ID.test(tag.key)) descriptions.set(tag.key, tag.value);
  }
  return descriptions;
}
