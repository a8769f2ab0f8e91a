// `/users/create`: the four-step wizard of the IAM console (user details, permissions, tags,
// review), then the one-time view of the new user's console password.
import Spinner from '@cloudscape-design/components/spinner';
import Wizard from '@cloudscape-design/components/wizard';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/api-error.js';
import { useWriteMutation } from '../../../api/use-write-mutation.js';
import { createUser, putLoginProfile } from '../../../api/queries/users.js';
import {
  defaultPasswordChoice,
  passwordChoiceProblem,
} from '../../../components/password/console-password-fields.js';
import { generatePassword } from '../../../components/password/generate-password.js';
import { tagsAreValid } from '../../../components/tags/tags-editor.js';
import { validatePath, validateUserName } from '../../../components/validation/iam-names.js';
import { useCopiedPermissions } from './use-copied-permissions.js';
import {
  boundaryMissing,
  planUserCreation,
  type CreateUserForm,
  type CreationStep,
} from './create-user-plan.js';
import { CreatedUserView, type CreationOutcome } from './created-user-view.js';
import { ReviewStep } from './review-step.js';
import { TagsStep } from './tags-step.js';
import { UserDetailsStep } from './user-details-step.js';

// The pickers of step 2 are sizeable tables: loaded when the user gets there.
const PermissionsStep = lazy(async () => ({
  default: (await import('./permissions-step.js')).PermissionsStep,
}));

const initialForm = (): CreateUserForm => ({
  userName: '',
  path: '',
  consoleAccess: false,
  password: defaultPasswordChoice(),
  permissions: 'groups',
  groups: [],
  policies: [],
  copyFrom: null,
  useBoundary: false,
  boundary: [],
  tags: [],
});

export function detailsAreValid(form: CreateUserForm): boolean {
  return (
    !validateUserName(form.userName.trim()) &&
    !validatePath(form.path.trim()) &&
    (!form.consoleAccess || !passwordChoiceProblem(form.password))
  );
}

export function CreateUserPage() {
  const [form, setForm] = useState<CreateUserForm>(initialForm);
  const [step, setStep] = useState(0);
  const [showErrors, setShowErrors] = useState<Record<number, boolean>>({});
  const [outcome, setOutcome] = useState<CreationOutcome | null>(null);
  const navigate = useNavigate();
  const update = (patch: Partial<CreateUserForm>) => setForm((f) => ({ ...f, ...patch }));
  const copied = useCopiedPermissions(form.permissions === 'copy' ? form.copyFrom : null);
  // Copying needs a source user whose permissions were read: nothing is copied half-known.
  const permissionsValid =
    (form.permissions !== 'copy' || (!!form.copyFrom && !!copied.data)) && !boundaryMissing(form);

  const stepValid = [detailsAreValid(form), permissionsValid, tagsAreValid(form.tags), true];

  const creation = useWriteMutation('user', {
    mutationFn: async (): Promise<CreationOutcome> => {
      const password = form.password.mode === 'custom' ? form.password.customPassword : generatePassword();
      const steps = planUserCreation(form, password, copied.data);
      const userName = form.userName.trim();
      const failures: { step: CreationStep; error: unknown }[] = [];
      for (const planned of steps) {
        try {
          await runStep(userName, planned);
        } catch (error) {
          // Without the user nothing else can be done: stay on the review step with the error.
          if (planned.kind === 'createUser') throw error;
          failures.push({ step: planned, error });
        }
      }
      const consoleEnabled = form.consoleAccess && !failures.some((f) => f.step.kind === 'loginProfile');
      return {
        userName,
        password: consoleEnabled ? password : undefined,
        passwordResetRequired: form.password.passwordResetRequired,
        failures,
      };
    },
    onSuccess: setOutcome,
    onError: (error) => {
      if (error instanceof ApiError && error.fieldErrors.length > 0) setStep(0);
    },
  });
  const createError = creation.error;

  function navigateTo(requested: number, reason: string) {
    // Moving forward checks every step passed on the way; going back or jumping back never does.
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
    if (!stepValid.every(Boolean)) return;
    creation.mutate();
  }

  if (outcome) return <CreatedUserView outcome={outcome} />;

  return (
    <Wizard
      activeStepIndex={step}
      onNavigate={({ detail }) => navigateTo(detail.requestedStepIndex, detail.reason)}
      onCancel={() => navigate('/users')}
      onSubmit={create}
      isLoadingNextStep={creation.isPending}
      submitButtonText="Create user"
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
          title: 'Specify user details',
          content: (
            <UserDetailsStep
              form={form}
              update={update}
              showErrors={showErrors[0] ?? false}
              serverError={createError}
            />
          ),
        },
        {
          title: 'Set permissions',
          description:
            'Add the user to groups, copy the permissions of an existing user, or attach policies to it directly. A new user has no permissions.',
          content: (
            <Suspense fallback={<Spinner />}>
              <PermissionsStep
                form={form}
                update={update}
                copied={copied}
                showErrors={showErrors[1] ?? false}
              />
            </Suspense>
          ),
        },
        {
          title: 'Add tags',
          isOptional: true,
          content: <TagsStep form={form} update={update} showErrors={showErrors[2] ?? false} />,
        },
        {
          title: 'Review and create',
          content: <ReviewStep form={form} copied={copied.data} onEdit={setStep} error={createError} />,
        },
      ]}
    />
  );
}

async function runStep(userName: string, step: CreationStep): Promise<void> {
  switch (step.kind) {
    case 'createUser':
      await createUser({
        userName: step.userName,
        ...(step.path ? { path: step.path } : {}),
        ...(step.tags.length ? { tags: step.tags } : {}),
        ...(step.groups.length ? { groups: step.groups } : {}),
        ...(step.managedPolicies.length ? { managedPolicies: step.managedPolicies } : {}),
        ...(step.permissionsBoundary ? { permissionsBoundary: step.permissionsBoundary } : {}),
      });
      return;
    case 'loginProfile':
      await putLoginProfile(userName, {
        password: step.password,
        passwordResetRequired: step.passwordResetRequired,
      });
      return;
  }
}
