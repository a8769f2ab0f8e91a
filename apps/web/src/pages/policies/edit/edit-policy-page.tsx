// `/policies/:arn/edit`: edit a customer managed policy. Saving writes a new version, made the
// default unless "Set as default" is cleared. At the quota of 5 versions, one non-default version
// (the oldest, unless the user picks another) is deleted first, as the IAM console does. An AWS
// managed policy cannot be edited: the page says so and links back to it.
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Toggle from '@cloudscape-design/components/toggle';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/api-error.js';
import {
  createPolicyVersion,
  deletePolicyVersion,
  policyQuery,
  policyVersionQuery,
  policyVersionsQuery,
} from '../../../api/policies-api.js';
import type { PolicyVersion } from '../../../api/policies-types.js';
import type { ManagedPolicy } from '../../../api/types.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { formatPolicyText } from '../../../components/policy-editor/format-policy-text.js';
import { PolicyDiffView } from '../../../components/policy-editor/policy-diff-view.js';
import { PolicyEditor } from '../../../components/policy-editor/policy-editor.js';
import { usePolicyCheck } from '../../../components/policy-editor/use-policy-check.js';
import { sortVersions, versionToReplace } from '../detail/version-actions.js';
import { policyHref, policyNameFromArn } from '../policy-links.js';

function NotEditable({ policy }: { policy: ManagedPolicy }) {
  const navigate = useNavigate();
  return (
    <ContentLayout header={<Header variant="h1">{`Edit ${policy.policyName}`}</Header>}>
      <Alert
        type="info"
        header="AWS managed policies cannot be edited"
        action={<Button onClick={() => navigate(policyHref(policy.arn))}>View policy</Button>}
      >
        AWS publishes and updates {policy.policyName}. To change its permissions, create a customer managed
        policy from its JSON and attach that instead.
      </Alert>
    </ContentLayout>
  );
}

export function EditPolicyPage() {
  const arn = useParams().arn ?? '';
  const policy = useQuery(policyQuery(arn));
  const versions = useQuery(policyVersionsQuery(arn));
  const defaultVersion = useQuery({
    ...policyVersionQuery(arn, policy.data?.defaultVersionId ?? ''),
    enabled: policy.data !== undefined && policy.data.document === undefined,
  });
  const document = policy.data?.document ?? defaultVersion.data?.document;
  const error = policy.error ?? versions.error ?? defaultVersion.error;

  if (error) {
    const name = policyNameFromArn(arn);
    return (
      <ContentLayout header={<Header variant="h1">{`Edit ${name}`}</Header>}>
        <ErrorPanel error={error} header={`Policy ${name} could not be loaded`} />
      </ContentLayout>
    );
  }
  if (policy.data?.scope === 'AWS') return <NotEditable policy={policy.data} />;
  if (!policy.data || !versions.data || document === undefined) return <Spinner size="large" />;
  return <EditPolicyForm policy={policy.data} versions={versions.data.items} saved={document} />;
}

interface EditPolicyFormProps {
  policy: ManagedPolicy;
  versions: PolicyVersion[];
  saved: string;
}

function EditPolicyForm({ policy, versions, saved }: EditPolicyFormProps) {
  // Laid out as the Permissions tab shows it; only whitespace differs, which no quota counts.
  const [initial] = useState(() => formatPolicyText(saved) ?? saved);
  const [text, setText] = useState(initial);
  const [setAsDefault, setSetAsDefault] = useState(true);
  const [comparing, setComparing] = useState(false);
  const [replace, setReplace] = useState<string | undefined>(versionToReplace(versions)?.versionId);
  const check = usePolicyCheck(text, 'identity');
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const back = policyHref(policy.arn);
  const atQuota = versionToReplace(versions) !== undefined;
  const deletable = sortVersions(versions).filter((v) => !v.isDefaultVersion);
  // The replaced version may be gone even when the new one is refused: refresh after a failure too.
  const saveVersion = useWriteMutation(
    'policy',
    {
      mutationFn: async (document: string) => {
        if (atQuota && replace) await deletePolicyVersion(policy.arn, replace);
        return createPolicyVersion(policy.arn, { document, setAsDefault });
      },
      onSuccess: (created) => {
        notify({
          type: 'success',
          content: setAsDefault
            ? `Policy ${policy.policyName} updated: ${created.versionId} is the default version.`
            : `Policy ${policy.policyName}: ${created.versionId} saved; the default version is unchanged.`,
        });
        navigate(`${back}?tab=${setAsDefault ? 'permissions' : 'versions'}`);
      },
    },
    { refreshOnError: true },
  );
  const saving = saveVersion.isPending;
  const error = saveVersion.error;
  const serverDiagnostics = error instanceof ApiError ? error.diagnostics : [];

  function save() {
    if (check.hasErrors) return;
    saveVersion.mutate(text);
  }

  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Saving creates a new version of the policy.">
          {`Edit ${policy.policyName}`}
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
              loading={saving}
              disabled={check.hasErrors || text === initial || (atQuota && !replace)}
              disabledReason={
                check.hasErrors
                  ? 'Fix the errors in the policy first.'
                  : text === initial
                    ? 'Change the policy first: there is nothing new to save.'
                    : 'Choose a version to delete first.'
              }
              onClick={save}
            >
              Save changes
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Container
            header={
              <Header
                variant="h2"
                actions={
                  <Toggle checked={comparing} onChange={({ detail }) => setComparing(detail.checked)}>
                    Compare with the default version
                  </Toggle>
                }
              >
                Policy editor
              </Header>
            }
          >
            {comparing ? (
              <PolicyDiffView
                original={saved}
                modified={text}
                originalLabel={`${policy.defaultVersionId} (default)`}
                modifiedLabel="Your changes"
              />
            ) : (
              <PolicyEditor
                value={text}
                onChange={(next) => {
                  setText(next);
                  if (serverDiagnostics.length) saveVersion.reset();
                }}
                kind="identity"
                ariaLabel="Policy document"
                extraDiagnostics={serverDiagnostics}
              />
            )}
          </Container>
          <Container header={<Header variant="h2">Version</Header>}>
            <SpaceBetween size="m">
              <Checkbox
                checked={setAsDefault}
                onChange={({ detail }) => setSetAsDefault(detail.checked)}
                description="The new version takes effect wherever the policy is attached. Clear this to save it without using it yet."
              >
                Set as default
              </Checkbox>
              {atQuota ? (
                <Alert type="warning" header={`${policy.policyName} has 5 versions, the most it can keep`}>
                  <FormField label="Version to delete" description="Deleted before the new version is saved.">
                    <Select
                      ariaLabel="Version to delete"
                      selectedOption={replace ? { value: replace, label: replace } : null}
                      onChange={({ detail }) => setReplace(detail.selectedOption.value)}
                      options={deletable.map((v) => ({ value: v.versionId, label: v.versionId }))}
                    />
                  </FormField>
                </Alert>
              ) : null}
            </SpaceBetween>
          </Container>
        </SpaceBetween>
      </Form>
    </ContentLayout>
  );
}
