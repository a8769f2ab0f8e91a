// The Policy versions tab: every version (at most 5 of a customer managed policy; an AWS managed
// one keeps every version AWS published), which is the default, when each was made. View one,
// compare two side by side; of a customer managed policy also make one the default and delete
// non-default ones.
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  deletePolicyVersion,
  policyVersionsQuery,
  setDefaultPolicyVersion,
} from '../../../api/policies-api.js';
import type { PolicyVersion } from '../../../api/policies-types.js';
import type { ManagedPolicy } from '../../../api/types.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import { useNotifications } from '../../../app/notifications.js';
import { ConfirmDeleteModal } from '../../../components/confirm-delete-modal.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { errorSummary } from '../../../components/format-api-error.js';
import { formatDateTime } from '../../../components/format-date.js';
import { CompareVersionsModal, ViewVersionModal } from './version-modals.js';
import { comparisonPair, MAX_POLICY_VERSIONS, sortVersions, versionActions } from './version-actions.js';

type Modal = { kind: 'view'; version: PolicyVersion } | { kind: 'compare' } | { kind: 'delete' } | null;

export function PolicyVersionsTab({ policy }: { policy: ManagedPolicy }) {
  const versions = useQuery(policyVersionsQuery(policy.arn));
  const [selected, setSelected] = useState<PolicyVersion[]>([]);
  const [modal, setModal] = useState<Modal>(null);
  const { notify } = useNotifications();
  const items = sortVersions(versions.data?.items ?? []);
  // The selection follows the server's latest answer (a version may have become the default).
  const current = items.filter((v) => selected.some((s) => s.versionId === v.versionId));
  const actions = versionActions(current);
  const pair = comparisonPair(current);
  const aws = policy.scope === 'AWS';

  // A failure is a flash message naming the version; the versions are refreshed either way.
  const makeDefault = useWriteMutation(
    'policy',
    {
      mutationFn: (version: PolicyVersion) => setDefaultPolicyVersion(policy.arn, version.versionId),
      onSuccess: (_data, version) =>
        notify({
          type: 'success',
          content: `${version.versionId} is now the default version of ${policy.policyName}.`,
        }),
      onError: (error, version) =>
        notify({
          type: 'error',
          header: `${version.versionId} was not made the default`,
          content: errorSummary(error),
        }),
    },
    { refreshOnError: true },
  );

  function setDefault() {
    const version = current[0];
    if (version) makeDefault.mutate(version);
  }

  return (
    <>
      <Table
        items={items}
        trackBy="versionId"
        loading={versions.isPending}
        loadingText="Loading policy versions"
        selectionType="multi"
        selectedItems={current}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'Policy versions',
          selectionGroupLabel: 'Select versions',
          allItemsSelectionLabel: () => 'Select all versions',
          itemSelectionLabel: (_s, v) => `Select ${v.versionId}`,
        }}
        header={
          <Header
            counter={
              versions.data
                ? aws
                  ? `(${items.length})`
                  : `(${items.length} of ${MAX_POLICY_VERSIONS})`
                : undefined
            }
            description={
              aws
                ? 'AWS publishes the versions of AWS managed policies; they cannot be changed. The default version is the one in effect wherever the policy is attached.'
                : 'A managed policy keeps up to 5 versions. The default version is the one in effect wherever the policy is attached.'
            }
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                {aws ? null : (
                  <Button
                    disabled={!actions.setDefault.enabled}
                    disabledReason={actions.setDefault.reason}
                    loading={makeDefault.isPending}
                    onClick={setDefault}
                  >
                    Set as default
                  </Button>
                )}
                <Button
                  disabled={!actions.compare.enabled}
                  disabledReason={actions.compare.reason}
                  onClick={() => setModal({ kind: 'compare' })}
                >
                  Compare
                </Button>
                {aws ? null : (
                  <Button
                    disabled={!actions.delete.enabled}
                    disabledReason={actions.delete.reason}
                    onClick={() => setModal({ kind: 'delete' })}
                  >
                    Delete
                  </Button>
                )}
              </SpaceBetween>
            }
          >
            Policy versions
          </Header>
        }
        columnDefinitions={[
          {
            id: 'version',
            header: 'Version',
            isRowHeader: true,
            cell: (v) => (
              <Button
                variant="inline-link"
                ariaLabel={`View ${v.versionId}`}
                onClick={() => setModal({ kind: 'view', version: v })}
              >
                {v.versionId}
              </Button>
            ),
          },
          {
            id: 'default',
            header: 'Default version',
            cell: (v) => (v.isDefaultVersion ? <Badge color="green">Default</Badge> : '-'),
          },
          { id: 'created', header: 'Creation time', cell: (v) => formatDateTime(v.createDate) },
        ]}
        empty={
          versions.error ? (
            <ErrorPanel error={versions.error} header="Policy versions could not be loaded" />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No versions</b>
            </Box>
          )
        }
      />
      {modal?.kind === 'view' ? (
        <ViewVersionModal policy={policy} version={modal.version} onDismiss={() => setModal(null)} />
      ) : null}
      {modal?.kind === 'compare' && pair ? (
        <CompareVersionsModal
          policy={policy}
          older={pair[0]}
          newer={pair[1]}
          onDismiss={() => {
            setModal(null);
            setSelected([]);
          }}
        />
      ) : null}
      {modal?.kind === 'delete' ? (
        <DeleteVersionsModal
          policy={policy}
          versions={current.filter((v) => !v.isDefaultVersion)}
          keptDefault={current.find((v) => v.isDefaultVersion)}
          onDismiss={() => setModal(null)}
          onDeleted={(ids) => setSelected((s) => s.filter((v) => !ids.includes(v.versionId)))}
        />
      ) : null}
    </>
  );
}

interface DeleteVersionsModalProps {
  policy: ManagedPolicy;
  versions: PolicyVersion[];
  /** The default version, if it was selected too: it is kept. */
  keptDefault?: PolicyVersion;
  onDismiss: () => void;
  onDeleted: (versionIds: string[]) => void;
}

function DeleteVersionsModal({
  policy,
  versions,
  keptDefault,
  onDismiss,
  onDeleted,
}: DeleteVersionsModalProps) {
  const { notify } = useNotifications();
  const ids = versions.map((v) => v.versionId);

  // Versions go one by one and stop at the first refusal: what was deleted is reported and the
  // refusal stays in the dialog.
  const remove = useWriteMutation('policy', {
    mutationFn: async () => {
      const done: string[] = [];
      for (const id of ids) {
        try {
          await deletePolicyVersion(policy.arn, id);
          done.push(id);
        } catch (failure) {
          return { done, failure };
        }
      }
      return { done, failure: null };
    },
    onSuccess: ({ done, failure }) => {
      onDeleted(done);
      if (done.length)
        notify({ type: 'success', content: `Deleted from ${policy.policyName}: ${done.join(', ')}.` });
      if (!failure) onDismiss();
    },
  });
  const error = remove.data?.failure ?? remove.error;

  return (
    <ConfirmDeleteModal
      visible
      header={ids.length === 1 ? `Delete ${ids[0]}?` : `Delete ${ids.length} versions?`}
      confirmationText="delete"
      deleting={remove.isPending}
      error={error}
      onConfirm={() => remove.mutate()}
      onDismiss={onDismiss}
    >
      <SpaceBetween size="xs">
        <Box variant="p">
          Deleting {ids.join(', ')} of {policy.policyName} cannot be undone.
        </Box>
        {keptDefault ? (
          <Box variant="p" color="text-body-secondary">
            {keptDefault.versionId} is the default version and is kept.
          </Box>
        ) : null}
      </SpaceBetween>
    </ConfirmDeleteModal>
  );
}
