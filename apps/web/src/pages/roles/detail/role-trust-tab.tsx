// The Trust relationships tab: who may assume the role (the trust policy), viewed read-only and
// edited in the PolicyEditor (kind `trust`). A refused edit shows the server's findings in place.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../api/api-error.js';
import { putRoleTrustPolicy, roleKeys } from '../../../api/roles-api.js';
import type { Role } from '../../../api/roles-types.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PolicyDocumentView } from '../../../components/policy-document-view/policy-document-view.js';
import { PolicyEditor } from '../../../components/policy-editor/policy-editor.js';
import { usePolicyCheck } from '../../../components/policy-editor/use-policy-check.js';
import { trustedEntitiesSummary } from '../../../components/trust-policy-builder/trusted-entities-summary.js';

export function RoleTrustTab({ role }: { role: Role }) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null) {
    return <EditTrustPolicy role={role} initial={draft} onDone={() => setDraft(null)} />;
  }
  const entities = trustedEntitiesSummary(role.trustPolicy);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Entities that can assume this role under the conditions in the policy."
          actions={<Button onClick={() => setDraft(role.trustPolicy)}>Edit trust policy</Button>}
        >
          Trusted entities
        </Header>
      }
    >
      <SpaceBetween size="s">
        {entities.length ? (
          <ul aria-label="Trusted entities" style={{ margin: 0 }}>
            {entities.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : (
          <Box color="text-body-secondary">No statement of the trust policy allows anyone.</Box>
        )}
        <PolicyDocumentView document={role.trustPolicy} label="Trust policy" />
      </SpaceBetween>
    </Container>
  );
}

function EditTrustPolicy({ role, initial, onDone }: { role: Role; initial: string; onDone: () => void }) {
  const [text, setText] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const check = usePolicyCheck(text, 'trust');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const serverDiagnostics = error instanceof ApiError ? error.diagnostics : [];

  async function save() {
    if (check.hasErrors) return;
    setSaving(true);
    setError(null);
    try {
      await putRoleTrustPolicy(role.roleName, text);
      await queryClient.invalidateQueries({ queryKey: roleKeys.all });
      notify({ type: 'success', content: `Trust policy of ${role.roleName} updated.` });
      onDone();
    } catch (caught) {
      setError(caught);
      setSaving(false);
    }
  }

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Who may assume the role (Principal), with which action (sts:AssumeRole...) and on which conditions."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={onDone} disabled={saving}>
                Cancel
              </Button>
              <Button
                variant="primary"
                loading={saving}
                disabled={check.hasErrors}
                disabledReason="Fix the errors in the policy first."
                onClick={() => void save()}
              >
                Update policy
              </Button>
            </SpaceBetween>
          }
        >
          Edit trust policy
        </Header>
      }
    >
      <SpaceBetween size="s">
        {error ? <ErrorPanel error={error} header="The trust policy was not updated" /> : null}
        <PolicyEditor
          value={text}
          onChange={(next) => {
            setText(next);
            if (serverDiagnostics.length) setError(null);
          }}
          kind="trust"
          ariaLabel="Trust policy"
          extraDiagnostics={serverDiagnostics}
        />
      </SpaceBetween>
    </Container>
  );
}
