// `/organizations/policies/service-control-policies/create`: a new service control policy.
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import { useNavigate } from 'react-router';
import { createScp } from '../../../api/organizations-api.js';
import { useNotifications } from '../../../app/notifications.js';
import { ManagementGate } from '../organization-gate.js';
import { ORGANIZATION_PATHS } from '../organizations-navigation.js';
import { scpHref } from '../shared/target-policies.js';
import { useOrganizationMutation } from '../use-organization-mutation.js';
import { NEW_SCP, ScpForm } from './scp-form.js';

export function CreateScpPage() {
  return <ManagementGate title="Create new service control policy">{() => <CreateScp />}</ManagementGate>;
}

function CreateScp() {
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const create = useOrganizationMutation(createScp, (policy) => {
    notify({ type: 'success', content: `Policy ${policy.name} created.` });
    navigate(scpHref(policy.id));
  });
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Write the statements in the JSON editor or build them in the visual editor, then attach the policy to the root, organizational units or accounts."
        >
          Create new service control policy
        </Header>
      }
    >
      <ScpForm
        initial={{ name: '', description: '', content: NEW_SCP }}
        submitLabel="Create policy"
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) => create.mutate(values)}
        onCancel={() => navigate(ORGANIZATION_PATHS.scps)}
        onEdit={() => create.reset()}
      />
    </ContentLayout>
  );
}
