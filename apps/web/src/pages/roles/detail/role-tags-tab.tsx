import { useQuery } from '@tanstack/react-query';
import { roleTagsQuery, tagRole, untagRole } from '../../../api/roles-api.js';
import { ResourceTags } from '../../../components/resource-tags/resource-tags.js';

export function RoleTagsTab({ roleName }: { roleName: string }) {
  const tags = useQuery(roleTagsQuery(roleName));
  return (
    <ResourceTags
      resourceLabel={`role ${roleName}`}
      tags={tags}
      tag={(t) => tagRole(roleName, t)}
      untag={(keys) => untagRole(roleName, keys)}
      resource="role"
    />
  );
}
