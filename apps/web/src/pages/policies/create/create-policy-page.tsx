// `/policies/create`: the IAM console's two steps — specify permissions in the JSON editor, then
// name, describe, tag and create. "Next" is disabled while the editor reports errors (which the
// Wizard component cannot do, hence two plain forms); if the server still refuses the text, the
// page returns to the editor with the server's findings on it.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, fieldErrorFor } from '../../../api/api-error.js';
import { createPolicy } from '../../../api/policies-api.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import type { Tag } from '../../../api/types.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { NEW_INLINE_POLICY } from '../../../components/inline-policy-editor/inline-policy-form.js';
import { PolicyEditor } from '../../../components/policy-editor/policy-editor.js';
import { usePolicyCheck } from '../../../components/policy-editor/use-policy-check.js';
import { TagsEditor, tagsAreValid } from '../../../components/tags/tags-editor.js';
import {
  iamNameConstraint,
  validatePath,
  validatePolicyName,
} from '../../../components/validation/iam-names.js';
import { validateDescription } from '../../../components/entity-fields/validate-description.js';
import { policyHref } from '../policy-links.js';
import { ReviewPermissions } from './review-permissions.js';

interface CreatePolicyForm {
  document: string;
  policyName: string;
  description: string;
  path: string;
  tags: Tag[];
}

export function CreatePolicyPage() {
  // A policy drafted elsewhere (Access Analyzer's generated policy) arrives in the location state.
  const drafted = (useLocation().state as { document?: unknown } | null)?.document;
  const [form, setForm] = useState<CreatePolicyForm>({
    document: typeof drafted === 'string' ? drafted : NEW_INLINE_POLICY,
    policyName: '',
    description: '',
    path: '',
    tags: [],
  });
  const [step, setStep] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const update = (patch: Partial<CreatePolicyForm>) => setForm((f) => ({ ...f, ...patch }));
  const creation = useWriteMutation('policy', {
    mutationFn: (body: Parameters<typeof createPolicy>[0]) => createPolicy(body),
    onSuccess: (created, body) => {
      notify({ type: 'success', content: `Policy ${body.policyName} created.` });
      navigate(policyHref(created.arn));
    },
    onError: (caught) => {
      if (caught instanceof ApiError && caught.code === 'MalformedPolicyDocument') setStep(0);
    },
  });
  const running = creation.isPending;
  const error = creation.error;
  const check = usePolicyCheck(form.document, 'identity');
  const serverDiagnostics =
    error instanceof ApiError && error.code === 'MalformedPolicyDocument' ? error.diagnostics : [];
  const detailsValid =
    !validatePolicyName(form.policyName.trim()) &&
    !validateDescription(form.description.trim()) &&
    !validatePath(form.path.trim()) &&
    tagsAreValid(form.tags);

  function create() {
    if (check.hasErrors) return setStep(0);
    if (!detailsValid) return setShowErrors(true);
    const policyName = form.policyName.trim();
    const description = form.description.trim();
    const path = form.path.trim();
    creation.mutate({
      policyName,
      document: form.document,
      ...(description ? { description } : {}),
      ...(path ? { path } : {}),
      ...(form.tags.length ? { tags: form.tags } : {}),
    });
  }

  const nameError =
    (showErrors ? validatePolicyName(form.policyName.trim()) : undefined) ??
    fieldErrorFor(error, 'policyName');

  if (step === 0) {
    return (
      <ContentLayout
        header={
          <Header
            variant="h1"
            description="Step 1 of 2: add permissions by building statements in the visual editor or writing them in JSON."
          >
            Specify permissions
          </Header>
        }
      >
        <Form
          errorText={
            serverDiagnostics.length ? 'Gatehouse refused the policy: fix the findings shown.' : undefined
          }
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => navigate('/policies')}>
                Cancel
              </Button>
              <Button
                variant="primary"
                disabled={check.hasErrors}
                disabledReason="Fix the errors in the policy first."
                onClick={() => setStep(1)}
              >
                Next
              </Button>
            </SpaceBetween>
          }
        >
          <Container header={<Header variant="h2">Policy editor</Header>}>
            <PolicyEditor
              value={form.document}
              onChange={(document) => {
                update({ document });
                if (serverDiagnostics.length) creation.reset();
              }}
              kind="identity"
              ariaLabel="Policy document"
              extraDiagnostics={serverDiagnostics}
            />
          </Container>
        </Form>
      </ContentLayout>
    );
  }

  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Step 2 of 2: name the policy and check its permissions.">
          Review and create
        </Header>
      }
    >
      <Form
        errorText={
          error && !serverDiagnostics.length && !fieldErrorFor(error, 'policyName') ? (
            <ErrorPanel error={error} header="The policy was not created" />
          ) : undefined
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => navigate('/policies')} disabled={running}>
              Cancel
            </Button>
            <Button onClick={() => setStep(0)} disabled={running}>
              Previous
            </Button>
            <Button variant="primary" loading={running} onClick={create}>
              Create policy
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Policy details</Header>}>
            <SpaceBetween size="l">
              <FormField
                label="Policy name"
                description={`${iamNameConstraint('policy')} Unique in the account, ignoring case.`}
                controlId="policy-name"
                errorText={nameError}
              >
                <Input
                  controlId="policy-name"
                  value={form.policyName}
                  onChange={({ detail }) => update({ policyName: detail.value })}
                />
              </FormField>
              <FormField
                label={
                  <>
                    Description <i>- optional</i>
                  </>
                }
                description="Up to 1,000 characters."
                controlId="policy-description"
                errorText={
                  (showErrors ? validateDescription(form.description.trim()) : undefined) ??
                  fieldErrorFor(error, 'description')
                }
              >
                <Textarea
                  controlId="policy-description"
                  value={form.description}
                  rows={2}
                  onChange={({ detail }) => update({ description: detail.value })}
                />
              </FormField>
              <FormField
                label={
                  <>
                    Path <i>- optional</i>
                  </>
                }
                description="Organises policies, e.g. /team/. Defaults to /."
                controlId="policy-path"
                errorText={
                  (showErrors ? validatePath(form.path.trim()) : undefined) ?? fieldErrorFor(error, 'path')
                }
              >
                <Input
                  controlId="policy-path"
                  value={form.path}
                  placeholder="/"
                  onChange={({ detail }) => update({ path: detail.value })}
                />
              </FormField>
            </SpaceBetween>
          </Container>
          <ReviewPermissions document={form.document} onEdit={() => setStep(0)} />
          <Container
            header={
              <Header variant="h2" description="Key-value pairs that identify, organise or find the policy.">
                Add tags - optional
              </Header>
            }
          >
            <TagsEditor tags={form.tags} onChange={(tags) => update({ tags })} showErrors={showErrors} />
          </Container>
        </SpaceBetween>
      </Form>
    </ContentLayout>
  );
}
