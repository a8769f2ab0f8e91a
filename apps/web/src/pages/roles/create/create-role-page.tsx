// `/roles/create`: the IAM console's three steps — select trusted entity, add permissions, name,
// review and create. The trust policy comes from the tiles (or is written by hand) and the
// review shows it exactly as it will be sent.
import Spinner from '@cloudscape-design/components/spinner';
import Wizard from '@cloudscape-design/components/wizard';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/api-error.js';
import { whoamiQuery } from '../../../api/queries/auth.js';
import { attachRolePolicy, createRole } from '../../../api/roles-api.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { errorSummary } from '../../../components/format-api-error.js';
import type { PolicyCheck } from '../../../components/policy-editor/check-policy.js';
import { tagsAreValid } from '../../../components/tags/tags-editor.js';
import { validatePath } from '../../../components/validation/iam-names.js';
import {
  buildTrustPolicy,
  initialTrustedEntityChoice,
  trustedEntityProblems,
} from '../../../components/trust-policy-builder/build-trust-policy.js';
import { TrustedEntitySelector } from '../../../components/trust-policy-builder/trusted-entity-selector.js';
import { validateRoleDescription, validateRoleName } from '../role-fields.js';
import { planRoleCreation, type CreateRoleForm, type RoleCreationStep } from './create-role-plan.js';

// Steps 2 and 3 (tables, tag and duration fields) load when the user gets there.
const PolicyPicker = lazy(async () => ({
  default: (await import('../../../components/pickers/policy-picker.js')).PolicyPicker,
}));
const RoleDetailsStep = lazy(async () => ({
  default: (await import('./role-details-step.js')).RoleDetailsStep,
}));

const initialForm = (): CreateRoleForm => ({
  trust: initialTrustedEntityChoice(),
  policies: [],
  roleName: '',
  path: '',
  description: '',
  maxSessionDuration: 3600,
  tags: [],
});

export function CreateRolePage() {
  const me = useQuery(whoamiQuery());
  if (me.isPending) return <Spinner size="large" />;
  if (me.error) return <ErrorPanel error={me.error} header="Your session could not be read" />;
  return <CreateRoleWizard accountId={me.data.accountId} />;
}

function CreateRoleWizard({ accountId }: { accountId: string }) {
  const [form, setForm] = useState<CreateRoleForm>(initialForm);
  const [step, setStep] = useState(0);
  const [showErrors, setShowErrors] = useState<Record<number, boolean>>({});
  const [sessionProblem, setSessionProblem] = useState<string | undefined>();
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const update = (patch: Partial<CreateRoleForm>) => setForm((f) => ({ ...f, ...patch }));

  // The role first: if that fails nothing was made and the wizard shows why (a refused trust
  // policy on its own step). Then each policy; failures are reported on the role's page.
  const run = useWriteMutation(['role', 'policy'], {
    mutationFn: async ({ roleName, steps }: { roleName: string; steps: RoleCreationStep[] }) => {
      const [first, ...rest] = steps;
      if (first?.kind === 'createRole') await createRole(first.request);
      const failures: { step: RoleCreationStep; error: unknown }[] = [];
      for (const planned of rest) {
        try {
          if (planned.kind === 'attachPolicy') await attachRolePolicy(roleName, planned.policyArn);
        } catch (caught) {
          failures.push({ step: planned, error: caught });
        }
      }
      return failures;
    },
    onSuccess: (failures, { roleName }) => {
      notify({ type: 'success', content: `Role ${roleName} created.` });
      for (const failure of failures) {
        notify({
          type: 'error',
          header: `${failure.step.label} failed`,
          content: errorSummary(failure.error),
        });
      }
      navigate(`/roles/${encodeURIComponent(roleName)}`);
    },
    onError: (caught) => {
      if (caught instanceof ApiError && caught.code === 'MalformedPolicyDocument') setStep(0);
    },
  });
  const running = run.isPending;
  const error = run.error;

  const trustPolicy = buildTrustPolicy(form.trust, accountId);
  // Policies built from the tiles are valid by construction (unit-tested against the evaluator);
  // a custom one is checked live by its editor, which reports here.
  const [customHasErrors, setCustomHasErrors] = useState(true);
  const onCustomCheck = useCallback((check: PolicyCheck) => setCustomHasErrors(check.hasErrors), []);
  const trustDiagnostics =
    error instanceof ApiError && error.code === 'MalformedPolicyDocument' ? error.diagnostics : [];
  const stepValid = [
    Object.keys(trustedEntityProblems(form.trust)).length === 0 &&
      (form.trust.type !== 'custom' || !customHasErrors),
    true,
    !validateRoleName(form.roleName.trim()) &&
      !validateRoleDescription(form.description.trim()) &&
      !validatePath(form.path.trim()) &&
      !sessionProblem &&
      tagsAreValid(form.tags),
  ];

  function navigateTo(requested: number, reason: string) {
    // Moving forward checks every step passed on the way; going back never does.
    if (reason === 'next' || requested > step) {
      const blocking = stepValid.findIndex((ok, i) => i < requested && !ok);
      if (blocking >= 0) {
        setShowErrors((s) => ({ ...s, [blocking]: true }));
        setStep(blocking);
        return;
      }
    }
    setStep(requested);
  }

  function create() {
    const blocking = stepValid.findIndex((ok) => !ok);
    if (blocking >= 0) {
      setShowErrors((s) => ({ ...s, [blocking]: true }));
      setStep(blocking);
      return;
    }
    run.mutate({ roleName: form.roleName.trim(), steps: planRoleCreation(form, accountId) });
  }

  return (
    <Wizard
      activeStepIndex={step}
      onNavigate={({ detail }) => navigateTo(detail.requestedStepIndex, detail.reason)}
      onCancel={() => navigate('/roles')}
      onSubmit={create}
      isLoadingNextStep={running}
      submitButtonText="Create role"
      allowSkipTo
      i18nStrings={{
        stepNumberLabel: (n) => `Step ${n}`,
        collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
        skipToButtonLabel: (s) => `Skip to ${s.title}`,
        navigationAriaLabel: 'Steps',
        cancelButton: 'Cancel',
        previousButton: 'Previous',
        nextButton: 'Next',
        optional: 'optional',
      }}
      steps={[
        {
          title: 'Select trusted entity',
          description: 'Who may assume the role.',
          errorText:
            step === 0 &&
            error instanceof ApiError &&
            error.code === 'MalformedPolicyDocument' &&
            form.trust.type !== 'custom'
              ? errorSummary(error)
              : undefined,
          content: (
            <TrustedEntitySelector
              choice={form.trust}
              onChange={(trust) => {
                update({ trust });
                if (trustDiagnostics.length) run.reset();
              }}
              thisAccountId={accountId}
              showErrors={showErrors[0] ?? false}
              serverDiagnostics={trustDiagnostics}
              onCustomCheck={onCustomCheck}
            />
          ),
        },
        {
          title: 'Add permissions',
          description: 'The policies that say what the role may do. You can attach up to 10.',
          isOptional: true,
          content: (
            <Suspense fallback={<Spinner />}>
              <PolicyPicker
                selected={form.policies}
                onChange={(policies) => update({ policies })}
                header="Permissions policies"
              />
            </Suspense>
          ),
        },
        {
          title: 'Name, review, and create',
          content: (
            <Suspense fallback={<Spinner />}>
              <RoleDetailsStep
                form={form}
                update={update}
                trustPolicy={trustPolicy}
                showErrors={showErrors[2] ?? false}
                error={error instanceof ApiError && error.code === 'MalformedPolicyDocument' ? null : error}
                onEdit={setStep}
                onSessionProblem={setSessionProblem}
              />
            </Suspense>
          ),
        },
      ]}
    />
  );
}
