// The Tags tab of a user: the shared tags editor, wired to the user's tag API.
import { useQuery } from '@tanstack/react-query';
import { tagUser, untagUser, userTagsQuery } from '../../../api/queries/users.js';
import { ResourceTags } from '../../../components/resource-tags/resource-tags.js';

export function UserTagsTab({ userName }: { userName: string }) {
  const tags = useQuery(userTagsQuery(userName));
  return (
    <ResourceTags
      resourceLabel={userName}
      tags={tags}
      tag={(t) => tagUser(userName, t)}
      untag={(keys) => untagUser(userName, keys)}
      resource="user"
    />
  );
}
