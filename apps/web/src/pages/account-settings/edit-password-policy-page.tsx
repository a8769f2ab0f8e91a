// `/account-settings/password-policy/edit`: IAM default or a custom policy with the AWS
// console's options. Saving "IAM default" deletes the account's policy.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrorFor } from '../../api/api-error.js';
import {
  deletePasswordPolicy,
  passwordPolicyQuery,
  putPasswordPolicy,
  type PasswordPolicyResponse,
} from '../../api/credentials-api.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../../components/error-panel.js';
import {
  formFromPolicy,
  passwordPolicyProblems,
  requestFromForm,
  type PasswordPolicyForm,
} from './password-policy-form.js';

export function EditPasswordPolicyPage() {
  const policy = useQuery(passwordPolicyQuery());
  return (
    <ContentLayout header={<Header variant="h1">Edit password policy</Header>}>
      {policy.isPending ? (
        <Spinner size="large" />
      ) : policy.error ? (
        <ErrorPanel error={policy.error} header="The password policy could not be loaded" />
      ) : (
        <EditPasswordPolicyForm current={policy.data} />
      )}
    </ContentLayout>
  );
}

function EditPasswordPolicyForm({ current }: { current: PasswordPolicyResponse }) {
  const [form, setForm] = useState(() => formFromPolicy(current.passwordPolicy));
  const [showErrors, setShowErrors] = useState(false);
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const save = useWriteMutation('account', {
    mutationFn: async (next: PasswordPolicyForm) => {
      if (next.mode === 'custom') await putPasswordPolicy(requestFromForm(next));
      else if (current.passwordPolicy) await deletePasswordPolicy();
    },
    onSuccess: () => {
      notify({ type: 'success', content: 'Password policy updated.' });
      navigate('/account-settings');
    },
  });
  const saving = save.isPending;
  const error = save.error;
  const problems = passwordPolicyProblems(form);
  const shown = (field: keyof typeof problems) =>
    (showErrors ? problems[field] : undefined) ?? fieldErrorFor(error, field);
  const set = (patch: Partial<PasswordPolicyForm>) => setForm({ ...form, ...patch });

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(problems).length > 0) return;
    save.mutate(form);
  }

  const custom = form.mode === 'custom';
  return (
    <form onSubmit={submit} aria-label="Edit password policy">
      <Form
        errorText={
          error ? <ErrorPanel error={error} header="The password policy was not saved" /> : undefined
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={() => navigate('/account-settings')}>
              Cancel
            </Button>
            <Button variant="primary" formAction="submit" loading={saving}>
              Save changes
            </Button>
          </SpaceBetween>
        }
      >
        <Container header={<Header variant="h2">Password policy</Header>}>
          <SpaceBetween size="l">
            <RadioGroup
              ariaLabel="Password policy"
              value={form.mode}
              onChange={({ detail }) => set({ mode: detail.value as PasswordPolicyForm['mode'] })}
              items={[
                {
                  value: 'default',
                  label: 'IAM default',
                  description: 'Apply the default password requirements.',
                },
                { value: 'custom', label: 'Custom', description: 'Apply customized password requirements.' },
              ]}
            />
            {custom ? (
              <SpaceBetween size="l">
                <FormField
                  label="Password minimum length"
                  description="Enforce a minimum length of characters, from 6 to 128."
                  controlId="policy-minimum-length"
                  errorText={shown('minimumPasswordLength')}
                >
                  <Input
                    controlId="policy-minimum-length"
                    type="number"
                    inputMode="numeric"
                    value={form.minimumPasswordLength}
                    onChange={({ detail }) => set({ minimumPasswordLength: detail.value })}
                  />
                </FormField>
                <FormField label="Password strength">
                  <SpaceBetween size="xs">
                    <Checkbox
                      checked={form.requireUppercaseCharacters}
                      onChange={({ detail }) => set({ requireUppercaseCharacters: detail.checked })}
                    >
                      Require at least one uppercase letter from the Latin alphabet (A-Z)
                    </Checkbox>
                    <Checkbox
                      checked={form.requireLowercaseCharacters}
                      onChange={({ detail }) => set({ requireLowercaseCharacters: detail.checked })}
                    >
                      Require at least one lowercase letter from the Latin alphabet (a-z)
                    </Checkbox>
                    <Checkbox
                      checked={form.requireNumbers}
                      onChange={({ detail }) => set({ requireNumbers: detail.checked })}
                    >
                      Require at least one number
                    </Checkbox>
                    <Checkbox
                      checked={form.requireSymbols}
                      onChange={({ detail }) => set({ requireSymbols: detail.checked })}
                    >
                      Require at least one non-alphanumeric character
                    </Checkbox>
                  </SpaceBetween>
                </FormField>
                <FormField label="Other requirements">
                  <SpaceBetween size="xs">
                    <Checkbox
                      checked={form.expirePasswords}
                      onChange={({ detail }) => set({ expirePasswords: detail.checked })}
                    >
                      Turn on password expiration
                    </Checkbox>
                    {form.expirePasswords ? (
                      <SpaceBetween size="xs">
                        <FormField
                          label="Expire passwords in day(s)"
                          description="From 1 to 1095 days."
                          controlId="policy-max-age"
                          errorText={shown('maxPasswordAge')}
                        >
                          <Input
                            controlId="policy-max-age"
                            type="number"
                            inputMode="numeric"
                            value={form.maxPasswordAge}
                            onChange={({ detail }) => set({ maxPasswordAge: detail.value })}
                          />
                        </FormField>
                        <Checkbox
                          checked={form.hardExpiry}
                          onChange={({ detail }) => set({ hardExpiry: detail.checked })}
                        >
                          Password expiration requires administrator reset
                        </Checkbox>
                      </SpaceBetween>
                    ) : null}
                    <Checkbox
                      checked={form.allowUsersToChangePassword}
                      onChange={({ detail }) => set({ allowUsersToChangePassword: detail.checked })}
                    >
                      Allow users to change their own password
                    </Checkbox>
                    <Checkbox
                      checked={form.preventReuse}
                      onChange={({ detail }) => set({ preventReuse: detail.checked })}
                    >
                      Prevent password reuse
                    </Checkbox>
                    {form.preventReuse ? (
                      <FormField
                        label="Remember password(s)"
                        description="From 1 to 24 previous passwords."
                        controlId="policy-reuse"
                        errorText={shown('passwordReusePrevention')}
                      >
                        <Input
                          controlId="policy-reuse"
                          type="number"
                          inputMode="numeric"
                          value={form.passwordReusePrevention}
                          onChange={({ detail }) => set({ passwordReusePrevention: detail.value })}
                        />
                      </FormField>
                    ) : null}
                  </SpaceBetween>
                </FormField>
              </SpaceBetween>
            ) : (
              <Box color="text-body-secondary">
                At least 8 characters, with at least three of: uppercase letters, lowercase letters, numbers
                and symbols; not the account name or email address. Saving deletes the account's custom
                policy.
              </Box>
            )}
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}
