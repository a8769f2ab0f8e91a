// `/switchrole`, AWS's Switch Role page: account (id or alias), role name, an optional display
// name and colour for the header. `?account=…&roleName=…&displayName=…` (the link a role's page
// shows) fills it in. On success the console acts as the role and opens the dashboard; a refusal
// shows under the form in AWS's words.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { fieldErrorFor } from '../../api/api-error.js';
import { isSwitchedRole, whoamiQuery } from '../../api/queries/auth.js';
import type { WhoAmI } from '../../api/types.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { FullPageSpinner } from '../../components/full-page-spinner.js';
import { ROLE_COLOR_NAMES, ROLE_COLORS, isRoleColor } from '../../components/switch-role/role-colors.js';
import { defaultDisplayName } from '../../components/switch-role/role-history.js';
import { RoleColorSwatch } from '../../components/switch-role/switched-role-header.js';
import {
  switchRoleFieldsFromSearch,
  type SwitchRoleFields,
} from '../../components/switch-role/switch-role-url.js';
import { useSwitchRole } from '../../components/switch-role/use-switch-role.js';
import { DISPLAY_NAME_MAX, needsErrorPanel, switchRoleProblems } from './switch-role-form.js';

const NO_COLOR = 'none';

export function SwitchRolePage() {
  const whoami = useQuery(whoamiQuery());
  // The console layout loads whoami before any page shows.
  if (!whoami.data) return <FullPageSpinner label="Loading" />;
  return <SwitchRoleForm me={whoami.data} />;
}

function SwitchRoleForm({ me }: { me: WhoAmI }) {
  const [search] = useSearchParams();
  const [fields, setFields] = useState<SwitchRoleFields>(() => switchRoleFieldsFromSearch(search));
  const [showProblems, setShowProblems] = useState(false);
  const navigate = useNavigate();
  const switchRole = useSwitchRole(me);
  const update = (patch: Partial<SwitchRoleFields>) => setFields((f) => ({ ...f, ...patch }));
  const problems = showProblems ? switchRoleProblems(fields) : {};
  const error = switchRole.error;
  const problemOf = (field: 'account' | 'roleName' | 'displayName' | 'color') =>
    problems[field] ?? fieldErrorFor(error, field);
  const isRoot = me.type === 'root';

  // Back where the user came from; a link opened in a new tab has nowhere to go back to.
  function cancel() {
    const cameFromConsole = ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
    if (cameFromConsole) navigate(-1);
    else navigate('/');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowProblems(true);
    if (isRoot || Object.keys(switchRoleProblems(fields)).length > 0) return;
    switchRole.mutate(fields);
  }

  const defaultName =
    fields.roleName.trim() && fields.account.trim()
      ? defaultDisplayName(fields.roleName.trim(), fields.account.trim())
      : 'role @ account';

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Manage resources in another account with your own sign-in: an administrator of that account gives you a role to switch to, with its account and name."
        >
          Switch Role
        </Header>
      }
    >
      <form onSubmit={submit} aria-label="Switch Role" noValidate>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" variant="link" onClick={cancel} disabled={switchRole.isPending}>
                Cancel
              </Button>
              <Button variant="primary" loading={switchRole.isPending} disabled={isRoot}>
                Switch Role
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            {isRoot ? (
              <Alert type="warning" header="Roles may not be assumed by root accounts.">
                Sign in as an IAM user to switch to a role.
              </Alert>
            ) : null}
            {isSwitchedRole(me) ? (
              <Alert type="info">
                The console acts as {me.role.displayName} now. Switching from it chains roles: the new role
                session lasts at most one hour. Choose Switch back in the account menu to switch as{' '}
                <Box variant="code">{me.role.sourceArn}</Box>.
              </Alert>
            ) : null}
            <Container header={<Header variant="h2">Role details</Header>}>
              <SpaceBetween size="l">
                <FormField
                  label="Account"
                  description="The 12-digit account ID or the alias of the account the role is in."
                  controlId="switch-role-account"
                  errorText={problemOf('account')}
                >
                  <Input
                    controlId="switch-role-account"
                    value={fields.account}
                    autoFocus={fields.account === ''}
                    onChange={({ detail }) => update({ account: detail.value })}
                  />
                </FormField>
                <FormField
                  label="Role name"
                  description="The name of the role, as the account's administrator gave it to you."
                  controlId="switch-role-name"
                  errorText={problemOf('roleName')}
                >
                  <Input
                    controlId="switch-role-name"
                    value={fields.roleName}
                    onChange={({ detail }) => update({ roleName: detail.value })}
                  />
                </FormField>
                <FormField
                  label={
                    <>
                      Display name <i>- optional</i>
                    </>
                  }
                  description={`Shown in the navigation bar while the role is active; ${defaultName} if left empty. Up to ${DISPLAY_NAME_MAX} characters.`}
                  controlId="switch-role-display-name"
                  errorText={problemOf('displayName')}
                >
                  <Input
                    controlId="switch-role-display-name"
                    value={fields.displayName}
                    placeholder={defaultName}
                    onChange={({ detail }) => update({ displayName: detail.value })}
                  />
                </FormField>
                <FormField
                  label={
                    <>
                      Display colour <i>- optional</i>
                    </>
                  }
                  description="The colour of the display name in the navigation bar."
                  errorText={problemOf('color')}
                >
                  <RadioGroup
                    direction="horizontal"
                    value={fields.color ?? NO_COLOR}
                    onChange={({ detail }) =>
                      update({ color: isRoleColor(detail.value) ? detail.value : null })
                    }
                    items={[
                      { value: NO_COLOR, label: 'None' },
                      ...ROLE_COLOR_NAMES.map((color) => ({
                        value: color,
                        label: (
                          <SpaceBetween direction="horizontal" size="xxs" alignItems="center">
                            <span style={{ display: 'inline-flex', width: 16, height: 16 }}>
                              <RoleColorSwatch color={color} />
                            </span>
                            {ROLE_COLORS[color].label}
                          </SpaceBetween>
                        ),
                      })),
                    ]}
                  />
                </FormField>
              </SpaceBetween>
            </Container>
            {/* Under the form, in AWS's words: a refusal names the caller, the action and the role. */}
            {error && needsErrorPanel(error) ? <ErrorPanel error={error} /> : null}
          </SpaceBetween>
        </Form>
      </form>
    </ContentLayout>
  );
}
