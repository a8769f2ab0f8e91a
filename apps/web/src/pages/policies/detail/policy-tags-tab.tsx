import { useQuery } from '@tanstack/react-query';
import { policyTagsQuery, tagPolicy, untagPolicy } from '../../../api/policies-api.js';
import type { ManagedPolicy } from '../../../api/types.js';
import { ResourceTags } from '../../../components/resource-tags/resource-tags.js';

export function PolicyTagsTab({ policy }: { policy: ManagedPolicy }) {
  const tags = useQuery(policyTagsQuery(policy.arn));
  return (
    <ResourceTags
      resourceLabel={`policy ${policy.policyName}`}
      tags={tags}
      tag={(t) => tagPolicy(policy.arn, t)}
      untag={(keys) => untagPolicy(policy.arn, keys)}
      resource="policy"
    />
  );
}
