// `/account-settings`: the account's password policy — the rules in force (AWS's default when
// the account has none), edit, and delete (back to the default).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { deletePasswordPolicy, passwordPolicyQuery } from '../../api/credentials-api.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { describePolicy } from './password-policy-form.js';

export function AccountSettingsPage() {
  const policy = useQuery(passwordPolicyQuery());
  const [deleting, setDeleting] = useState(false);
  const navigate = useNavigate();
  const custom = policy.data?.passwordPolicy ?? null;
  return (
    <ContentLayout header={<Header variant="h1">Account settings</Header>}>
      <Container
        header={
          <Header
            variant="h2"
            description="A password policy is a set of rules that define the type of password an IAM user can set."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                {custom ? <Button onClick={() => setDeleting(true)}>Delete</Button> : null}
                <Button
                  onClick={() => navigate('/account-settings/password-policy/edit')}
                  disabled={!policy.data}
                >
                  Edit
                </Button>
              </SpaceBetween>
            }
          >
            Password policy
          </Header>
        }
      >
        {policy.isPending ? (
          <Spinner />
        ) : policy.error ? (
          <ErrorPanel error={policy.error} header="The password policy could not be loaded" />
        ) : (
          <SpaceBetween size="s">
            <Box variant="p">
              {custom
                ? 'This account uses a custom password policy:'
                : 'This account uses the IAM default password policy:'}
            </Box>
            <ul aria-label="Password policy rules" style={{ margin: 0 }}>
              {(custom ? describePolicy(custom) : policy.data.rulesInForce).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </SpaceBetween>
        )}
      </Container>
      {deleting ? <DeletePasswordPolicyModal onDismiss={() => setDeleting(false)} /> : null}
    </ContentLayout>
  );
}

function DeletePasswordPolicyModal({ onDismiss }: { onDismiss: () => void }) {
  const { notify } = useNotifications();
  const remove = useWriteMutation('account', {
    mutationFn: deletePasswordPolicy,
    onSuccess: () => {
      notify({ type: 'success', content: 'Password policy deleted. The IAM default applies.' });
      onDismiss();
    },
  });

  return (
    <ConfirmDeleteModal
      visible
      header="Delete password policy?"
      confirmationText="delete"
      deleting={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate()}
      onDismiss={onDismiss}
    >
      The account goes back to the IAM default password policy. Existing passwords stay valid.
    </ConfirmDeleteModal>
  );
}
