// `/users/:name/inline-policies/create` and `/users/:name/inline-policies/:policyName`: write an
// inline policy in the PolicyEditor. Saving is blocked while the evaluator reports errors; the
// server checks again and its diagnostics are shown if it refuses.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Toggle from '@cloudscape-design/components/toggle';
import { POLICY_SIZE_LIMITS, policySize } from '@gatehouse/evaluator';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, fieldErrorFor } from '../../../api/api-error.js';
import {
  putUserInlinePolicy,
  userInlinePoliciesQuery,
  userInlinePolicyQuery,
  userKeys,
} from '../../../api/queries/users.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PolicyDiffView } from '../../../components/policy-editor/policy-diff-view.js';
import { PolicyEditor } from '../../../components/policy-editor/policy-editor.js';
import { usePolicyCheck } from '../../../components/policy-editor/use-policy-check.js';
import { validatePolicyName } from '../../../components/validation/iam-names.js';
import { NEW_POLICY_TEMPLATE } from './inline-policy-template.js';

export function UserInlinePolicyPage() {
  const params = useParams();
  const userName = params.name ?? '';
  const existing = params.policyName;
  const saved = useQuery({
    ...userInlinePolicyQuery(userName, existing ?? ''),
    enabled: existing !== undefined,
  });
  const title = existing ? `Edit ${existing}` : 'Create inline policy';

  if (existing && saved.isPending) return <Spinner size="large" />;
  if (existing && saved.error) {
    return (
      <ContentLayout header={<Header variant="h1">{title}</Header>}>
        <ErrorPanel error={saved.error} header={`Inline policy ${existing} could not be loaded`} />
      </ContentLayout>
    );
  }
  return (
    <InlinePolicyForm
      key={existing ?? 'new'}
      userName={userName}
      title={title}
      existingName={existing}
      savedDocument={saved.data?.document}
    />
  );
}

interface FormProps {
  userName: string;
  title: string;
  existingName?: string;
  savedDocument?: string;
}

function InlinePolicyForm({ userName, title, existingName, savedDocument }: FormProps) {
  const [policyName, setPolicyName] = useState(existingName ?? '');
  const [text, setText] = useState(savedDocument ?? NEW_POLICY_TEMPLATE);
  const [showNameError, setShowNameError] = useState(false);
  const [comparing, setComparing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [errorIsStale, setErrorIsStale] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const back = `/users/${encodeURIComponent(userName)}?tab=permissions`;

  // The user's inline quota counts all its inline policies together: this one gets what the others leave.
  const others = useQuery(userInlinePoliciesQuery(userName));
  const othersSize = (others.data?.items ?? [])
    .filter((p) => p.policyName !== existingName && p.document !== undefined)
    .reduce((sum, p) => sum + policySize(p.document ?? ''), 0);
  const sizeLimit = Math.max(0, POLICY_SIZE_LIMITS.inlineUser - othersSize);
  const check = usePolicyCheck(text, 'identity', sizeLimit);
  const nameProblem = existingName ? undefined : validatePolicyName(policyName.trim());

  async function save() {
    if (nameProblem) {
      setShowNameError(true);
      return;
    }
    if (check.hasErrors) return;
    setSaving(true);
    setError(null);
    setErrorIsStale(false);
    const name = existingName ?? policyName.trim();
    try {
      await putUserInlinePolicy(userName, name, text);
      await queryClient.invalidateQueries({ queryKey: userKeys.detail(userName) });
      notify({ type: 'success', content: `Inline policy ${name} saved for ${userName}.` });
      navigate(back);
    } catch (caught) {
      setError(caught);
      setSaving(false);
    }
  }

  // The server's findings when it refused the text, shown in the editor until the text changes.
  const serverDiagnostics = error instanceof ApiError && !errorIsStale ? error.diagnostics : [];
  return (
    <ContentLayout
      header={
        <Header variant="h1" description={`Inline policy of user ${userName}: it exists only on this user.`}>
          {title}
        </Header>
      }
    >
      <Form
        errorText={error ? <ErrorPanel error={error} header="The policy was not saved" /> : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => navigate(back)} disabled={saving}>
              Cancel
            </Button>
            <Button
              variant="primary"
              onClick={() => void save()}
              loading={saving}
              disabled={check.hasErrors}
              disabledReason="Fix the errors in the policy first."
            >
              {existingName ? 'Save changes' : 'Create policy'}
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Policy details</Header>}>
            <FormField
              label="Policy name"
              description="Up to 128 characters: letters, digits and + = , . @ _ -."
              controlId="inline-policy-name"
              errorText={(showNameError ? nameProblem : undefined) ?? fieldErrorFor(error, 'policyName')}
            >
              <Input
                controlId="inline-policy-name"
                value={policyName}
                readOnly={existingName !== undefined}
                onChange={({ detail }) => setPolicyName(detail.value)}
              />
            </FormField>
          </Container>
          <Container
            header={
              <Header
                variant="h2"
                actions={
                  savedDocument !== undefined ? (
                    <Toggle checked={comparing} onChange={({ detail }) => setComparing(detail.checked)}>
                      Compare with saved version
                    </Toggle>
                  ) : null
                }
              >
                Policy editor
              </Header>
            }
          >
            {comparing && savedDocument !== undefined ? (
              <PolicyDiffView
                original={savedDocument}
                modified={text}
                originalLabel="Saved version"
                modifiedLabel="Your changes"
              />
            ) : (
              <PolicyEditor
                value={text}
                onChange={(next) => {
                  setText(next);
                  setErrorIsStale(true);
                }}
                extraDiagnostics={serverDiagnostics}
                kind="identity"
                sizeLimit={sizeLimit}
                ariaLabel="Policy document"
              />
            )}
          </Container>
        </SpaceBetween>
      </Form>
    </ContentLayout>
  );
}
