// Editing a role's trust policy in the PolicyEditor (kind `trust`); a refused edit shows the
// server's findings in place. Its own chunk: the editor and the evaluator load when editing starts.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ApiError } from '../../../api/api-error.js';
import { putRoleTrustPolicy } from '../../../api/roles-api.js';
import type { Role } from '../../../api/roles-types.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PolicyEditor } from '../../../components/policy-editor/policy-editor.js';
import { usePolicyCheck } from '../../../components/policy-editor/use-policy-check.js';

export function EditTrustPolicy({
  role,
  initial,
  onDone,
}: {
  role: Role;
  initial: string;
  onDone: () => void;
}) {
  const [text, setText] = useState(initial);
  const check = usePolicyCheck(text, 'trust');
  const { notify } = useNotifications();
  const update = useWriteMutation('role', {
    mutationFn: (document: string) => putRoleTrustPolicy(role.roleName, document),
    onSuccess: () => {
      notify({ type: 'success', content: `Trust policy of ${role.roleName} updated.` });
      onDone();
    },
  });
  const saving = update.isPending;
  const error = update.error;
  const serverDiagnostics = error instanceof ApiError ? error.diagnostics : [];

  function save() {
    if (check.hasErrors) return;
    update.mutate(text);
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
                onClick={save}
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
            if (serverDiagnostics.length) update.reset();
          }}
          kind="trust"
          ariaLabel="Trust policy"
          extraDiagnostics={serverDiagnostics}
        />
      </SpaceBetween>
    </Container>
  );
}
