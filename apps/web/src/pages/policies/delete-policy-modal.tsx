// Delete a customer managed policy, confirmed by typing its name. As the IAM console does, a
// policy still attached is detached from every user, group and role, and its other versions
// deleted, in the same server transaction as the delete (`?force=true`); the dialog says so and
// names them first. A policy used as a permissions boundary is not deleted: the server refuses
// (dropping the boundary would widen what its user or role may do), and the dialog says why.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { deletePolicy, policyEntitiesQuery, policyVersionsQuery } from '../../api/policies-api.js';
import type { ManagedPolicy } from '../../api/types.js';
import { DeleteEntitiesModal } from '../../components/delete-entities/delete-entities-modal.js';

interface DeletePolicyModalProps {
  policy: ManagedPolicy;
  onDismiss: () => void;
  onDeleted: () => void;
}

const KIND_LABEL: Record<string, string> = { user: 'User', group: 'User group', role: 'Role' };

export function DeletePolicyModal({ policy, onDismiss, onDeleted }: DeletePolicyModalProps) {
  const inUse = policy.attachmentCount + policy.permissionsBoundaryUsageCount > 0;
  const entities = useQuery({ ...policyEntitiesQuery(policy.arn), enabled: inUse });
  const versions = useQuery(policyVersionsQuery(policy.arn));
  const olderVersions = (versions.data?.items ?? []).filter((v) => !v.isDefaultVersion).length;
  const listed = entities.data?.items ?? [];
  const attached = listed.filter((e) => e.usage !== 'PermissionsBoundary');
  const bounded = listed.filter((e) => e.usage === 'PermissionsBoundary');

  return (
    <DeleteEntitiesModal
      resource="policy"
      noun="policy"
      entities={[{ id: policy.arn, name: policy.policyName }]}
      deleteOne={deletePolicy}
      onDismiss={onDismiss}
      onDeleted={(gone) => {
        if (gone.length > 0) onDeleted();
      }}
    >
      <SpaceBetween size="s">
        {entities.isLoading ? <Spinner /> : null}
        {policy.attachmentCount > 0 ? (
          <Box variant="p">
            This policy is attached to {policy.attachmentCount}{' '}
            {policy.attachmentCount === 1 ? 'entity' : 'entities'}. Deleting it detaches it from{' '}
            {policy.attachmentCount === 1 ? 'that entity' : 'every one of them'} first, and they lose the
            permissions it gives.
          </Box>
        ) : null}
        {attached.length > 0 ? (
          <ul aria-label="Entities the policy will be detached from">
            {attached.map((e) => (
              <li key={e.arn}>
                {KIND_LABEL[e.entityType] ?? e.entityType} <Box variant="code">{e.name}</Box>
              </li>
            ))}
          </ul>
        ) : null}
        {policy.permissionsBoundaryUsageCount > 0 ? (
          <Alert type="warning" header="Used as a permissions boundary">
            This policy is the permissions boundary of{' '}
            {bounded.length > 0
              ? bounded
                  .map((e) => `${(KIND_LABEL[e.entityType] ?? e.entityType).toLowerCase()} ${e.name}`)
                  .join(', ')
              : `${policy.permissionsBoundaryUsageCount} ${policy.permissionsBoundaryUsageCount === 1 ? 'entity' : 'entities'}`}
            . Gatehouse does not remove a boundary as part of a delete, since that would widen what the entity
            may do: remove the boundary from it first.
          </Alert>
        ) : null}
        <Box variant="p">
          Deleting the policy deletes all its versions{olderVersions > 0 ? ` (${olderVersions + 1})` : ''}.
          This cannot be undone.
        </Box>
      </SpaceBetween>
    </DeleteEntitiesModal>
  );
}
