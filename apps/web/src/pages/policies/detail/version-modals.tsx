// Looking at versions: one version's text, and two versions side by side in the read-only diff.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { policyVersionQuery } from '../../../api/policies-api.js';
import type { PolicyVersion } from '../../../api/policies-types.js';
import type { ManagedPolicy } from '../../../api/types.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { formatDateTime } from '../../../components/format-date.js';
import { PolicyDocumentView } from '../../../components/policy-document-view/policy-document-view.js';
import { PolicyDiffView } from '../../../components/policy-editor/policy-diff-view.js';

const closeFooter = (onDismiss: () => void) => (
  <Box float="right">
    <Button variant="primary" onClick={onDismiss}>
      Close
    </Button>
  </Box>
);

interface ViewVersionModalProps {
  policy: ManagedPolicy;
  version: PolicyVersion;
  onDismiss: () => void;
}

export function ViewVersionModal({ policy, version, onDismiss }: ViewVersionModalProps) {
  const text = useQuery(policyVersionQuery(policy.arn, version.versionId));
  return (
    <Modal
      visible
      size="large"
      header={`${policy.policyName} ${version.versionId}${version.isDefaultVersion ? ' (default)' : ''}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={closeFooter(onDismiss)}
    >
      <Box variant="small" color="text-body-secondary" margin={{ bottom: 's' }}>
        Created {formatDateTime(version.createDate)}
      </Box>
      {text.data?.document !== undefined ? (
        <PolicyDocumentView document={text.data.document} label={`Policy document ${version.versionId}`} />
      ) : text.error ? (
        <ErrorPanel error={text.error} header={`${version.versionId} could not be loaded`} />
      ) : (
        <Spinner />
      )}
    </Modal>
  );
}

interface CompareVersionsModalProps {
  policy: ManagedPolicy;
  older: PolicyVersion;
  newer: PolicyVersion;
  onDismiss: () => void;
}

export function CompareVersionsModal({ policy, older, newer, onDismiss }: CompareVersionsModalProps) {
  const left = useQuery(policyVersionQuery(policy.arn, older.versionId));
  const right = useQuery(policyVersionQuery(policy.arn, newer.versionId));
  const error = left.error ?? right.error;
  const label = (v: PolicyVersion) => (v.isDefaultVersion ? `${v.versionId} (default)` : v.versionId);
  return (
    <Modal
      visible
      size="max"
      header={`Compare ${older.versionId} and ${newer.versionId} of ${policy.policyName}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={closeFooter(onDismiss)}
    >
      {error ? (
        <ErrorPanel error={error} header="The versions could not be loaded" />
      ) : left.data?.document !== undefined && right.data?.document !== undefined ? (
        <PolicyDiffView
          original={left.data.document}
          modified={right.data.document}
          originalLabel={label(older)}
          modifiedLabel={label(newer)}
        />
      ) : (
        <Spinner />
      )}
    </Modal>
  );
}
