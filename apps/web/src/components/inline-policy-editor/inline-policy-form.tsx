// Create or edit an inline policy of a user, group or role in the PolicyEditor. Saving is blocked
// while the evaluator reports errors; if the server still refuses, its diagnostics are shown on
// the editor itself until the text changes.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, fieldErrorFor } from '../../api/api-error.js';
import type { InvalidatedResource } from '../../api/invalidation.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../error-panel.js';
import { PolicyDiffView } from '../policy-editor/policy-diff-view.js';
import { PolicyEditor } from '../policy-editor/policy-editor.js';
import { usePolicyCheck } from '../policy-editor/use-policy-check.js';
import { iamNameConstraint, validatePolicyName } from '../validation/iam-names.js';

/** What a new inline policy starts from: one statement to fill in (flagged until filled). */
export const NEW_INLINE_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Statement1",
      "Effect": "Allow",
      "Action": [],
      "Resource": []
    }
  ]
}
`;

export interface InlinePolicyFormProps {
  /** e.g. `group admins`. */
  ownerLabel: string;
  existingName?: string;
  savedDocument?: string;
  sizeLimit: number;
  /** Where Cancel and a successful save go. */
  backHref: string;
  save: (policyName: string, document: string) => Promise<unknown>;
  /** The owner's kind: its entry in the invalidation map says what a save refreshes. */
  resource: InvalidatedResource;
}

export function InlinePolicyForm(props: InlinePolicyFormProps) {
  const { ownerLabel, existingName, savedDocument, sizeLimit, backHref } = props;
  const [policyName, setPolicyName] = useState(existingName ?? '');
  const [text, setText] = useState(savedDocument ?? NEW_INLINE_POLICY);
  const [showNameError, setShowNameError] = useState(false);
  const [comparing, setComparing] = useState(false);
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const saveMutation = useWriteMutation(props.resource, {
    mutationFn: ({ name, document }: { name: string; document: string }) => props.save(name, document),
    onSuccess: (_data, { name }) => {
      notify({ type: 'success', content: `Inline policy ${name} saved for ${ownerLabel}.` });
      navigate(backHref);
    },
  });
  const saving = saveMutation.isPending;
  const error = saveMutation.error;
  const check = usePolicyCheck(text, 'identity', sizeLimit);
  const nameProblem = existingName ? undefined : validatePolicyName(policyName.trim());
  const serverDiagnostics = error instanceof ApiError ? error.diagnostics : [];

  function edit(next: string) {
    setText(next);
    if (serverDiagnostics.length) saveMutation.reset();
  }

  function save() {
    if (nameProblem) {
      setShowNameError(true);
      return;
    }
    if (check.hasErrors) return;
    saveMutation.mutate({ name: existingName ?? policyName.trim(), document: text });
  }

  return (
    <ContentLayout
      header={
        <Header variant="h1" description={`Inline policy of ${ownerLabel}: it exists only there.`}>
          {existingName ? `Edit ${existingName}` : 'Create inline policy'}
        </Header>
      }
    >
      <Form
        errorText={error ? <ErrorPanel error={error} header="The policy was not saved" /> : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => navigate(backHref)} disabled={saving}>
              Cancel
            </Button>
            <Button
              variant="primary"
              onClick={save}
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
              description={iamNameConstraint('policy')}
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
                onChange={edit}
                kind="identity"
                sizeLimit={sizeLimit}
                ariaLabel="Policy document"
                extraDiagnostics={serverDiagnostics}
              />
            )}
          </Container>
        </SpaceBetween>
      </Form>
    </ContentLayout>
  );
}
