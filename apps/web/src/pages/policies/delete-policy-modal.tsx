// Delete a customer managed policy, confirmed by typing its name. As the IAM console does, its
// non-default versions are deleted first (AWS requires that). A policy still attached or used as a
// boundary is not touched: the server's DeleteConflict is shown, naming what to do.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import {
  deletePolicy,
  deletePolicyVersion,
  policyDetailKey,
  policyVersionsQuery,
} from '../../api/policies-api.js';
import type { ManagedPolicy } from '../../api/types.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal.js';

interface DeletePolicyModalProps {
  policy: ManagedPolicy;
  onDismiss: () => void;
  onDeleted: () => void;
}

export function DeletePolicyModal({ policy, onDismiss, onDeleted }: DeletePolicyModalProps) {
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const versions = useQuery(policyVersionsQuery(policy.arn));
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const inUse = policy.attachmentCount + policy.permissionsBoundaryUsageCount;
  const olderVersions = (versions.data?.items ?? []).filter((v) => !v.isDefaultVersion);

  async function confirm() {
    setDeleting(true);
    setError(null);
    try {
      if (inUse === 0) {
        for (const version of olderVersions) await deletePolicyVersion(policy.arn, version.versionId);
      }
      await deletePolicy(policy.arn);
      queryClient.removeQueries({ queryKey: policyDetailKey(policy.arn) });
      await queryClient.invalidateQueries({ queryKey: ['policies'] });
      notify({ type: 'success', content: `Policy ${policy.policyName} deleted.` });
      onDeleted();
      onDismiss();
    } catch (caught) {
      setError(caught);
      setDeleting(false);
      await queryClient.invalidateQueries({ queryKey: ['policies'] });
    }
  }

  const conflict = error instanceof ApiError && error.code === 'DeleteConflict';
  return (
    <ConfirmDeleteModal
      visible
      header={`Delete ${policy.policyName}?`}
      confirmationText={policy.policyName}
      deleting={deleting}
      error={error}
      onConfirm={() => void confirm()}
      onDismiss={onDismiss}
    >
      <SpaceBetween size="s">
        {inUse > 0 ? (
          <Alert type="warning" header="This policy is in use">
            It is attached to {policy.attachmentCount} {policy.attachmentCount === 1 ? 'entity' : 'entities'}
            {policy.permissionsBoundaryUsageCount > 0
              ? ` and is the permissions boundary of ${policy.permissionsBoundaryUsageCount}`
              : ''}
            . Detach it from every entity (Entities attached tab) before deleting it.
          </Alert>
        ) : null}
        <Box variant="p">
          Deleting the policy deletes all its versions
          {olderVersions.length > 0 ? ` (${olderVersions.length + 1})` : ''}. This cannot be undone.
        </Box>
        {conflict ? (
          <Box variant="p" color="text-status-error">
            Gatehouse refused: the policy is still in use. Open the policy&apos;s Entities attached tab,
            detach it there, then delete it.
          </Box>
        ) : null}
      </SpaceBetween>
    </ConfirmDeleteModal>
  );
}
