// `/organizations/policies/service-control-policies/:policyId/edit`: change a customer managed
// SCP's name, description or statements. AWS managed policies cannot be edited.
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { organizationPolicyQuery, updateScp } from '../../../api/organizations-api.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { ManagementGate } from '../organization-gate.js';
import { scpHref } from '../shared/target-policies.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';
import { ScpForm, type ScpFormValues } from './scp-form.js';

export function EditScpPage() {
  const policyId = useParams().policyId ?? '';
  return <ManagementGate title="Edit policy">{() => <EditScp policyId={policyId} />}</ManagementGate>;
}

function EditScp({ policyId }: { policyId: string }) {
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const detail = useQuery(organizationPolicyQuery(policyId));
  const save = useOrganizationMutation(
    (values: ScpFormValues) => updateScp(policyId, values),
    (_data, values) => {
      notify({ type: 'success', content: `Policy ${values.name} saved.` });
      navigate(scpHref(policyId));
    },
  );
  if (detail.isPending) return <Spinner size="large" />;
  if (detail.error) {
    return (
      <ContentLayout header={<Header variant="h1">Edit {policyId}</Header>}>
        <ErrorPanel error={detail.error} header={`Policy ${policyId} could not be loaded`} />
      </ContentLayout>
    );
  }
  const { policy, content } = detail.data;
  return (
    <ContentLayout header={<Header variant="h1">Edit {policy.name}</Header>}>
      {policy.awsManaged ? (
        <ErrorPanel error={new Error(`${policy.name} is an AWS managed policy: it cannot be edited.`)} />
      ) : (
        <ScpForm
          initial={{ name: policy.name, description: policy.description, content }}
          submitLabel="Save changes"
          pending={save.isPending}
          error={save.error}
          onSubmit={(values) => save.mutate(values)}
          onCancel={() => navigate(scpHref(policyId))}
          onEdit={() => save.reset()}
        />
      )}
    </ContentLayout>
  );
}
