// "Create access key" as in the IAM console: 1. the use case and its safer alternative (with a
// confirmation), 2. an optional description, kept as a user tag whose key is the access key ID,
// 3. "Retrieve access keys": the secret is shown this once, with copy, a .csv download in AWS's
// format and the commands that set up the aws CLI or an SDK; closing the dialog forgets it.
// The root user (who has no tags) confirms AWS's warning instead and skips the description.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { createAccessKey, type CreatedAccessKey, type CredentialOwner } from '../../api/credentials-api.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { tagUser } from '../../api/queries/users.js';
import { ErrorPanel } from '../error-panel.js';
import { errorSummary } from '../format-api-error.js';
import { validateTagValue } from '../validation/iam-names.js';
import { accessKeyCsv, accessKeyCsvFileName } from './access-key-csv.js';
import {
  ACCESS_KEY_USE_CASES,
  findUseCase,
  isUseCaseStepComplete,
  type AccessKeyUseCase,
} from './access-key-use-cases.js';
import { AccessKeySnippet } from './cli-snippet.js';
import { downloadTextFile } from './download-file.js';

interface CreateAccessKeyModalProps {
  owner: CredentialOwner;
  root: boolean;
  onDismiss: () => void;
}

interface Created {
  key: CreatedAccessKey;
  /** Set when the key was created but its description tag was refused. */
  tagError?: unknown;
}

export function CreateAccessKeyModal({ owner, root, onDismiss }: CreateAccessKeyModalProps) {
  const [step, setStep] = useState(0);
  const [useCase, setUseCase] = useState<AccessKeyUseCase | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [description, setDescription] = useState('');
  const descriptionProblem = validateTagValue(description.trim());

  const creation = useWriteMutation('user', {
    mutationFn: async (): Promise<Created> => {
      const key = await createAccessKey(owner);
      const value = description.trim();
      if (root || !value || !key.userName) return { key };
      try {
        // As AWS: the description is a tag on the user, keyed by the new access key's ID.
        await tagUser(key.userName, [{ key: key.accessKeyId, value }]);
        return { key };
      } catch (tagError) {
        return { key, tagError };
      }
    },
  });

  if (creation.data) {
    return (
      <RetrieveAccessKeys created={creation.data.key} tagError={creation.data.tagError} onDone={onDismiss} />
    );
  }

  const create = () => creation.mutate();
  const totalSteps = root ? 2 : 3;
  const onUseCaseStep = step === 0;
  const canGoOn = root ? acknowledged : isUseCaseStepComplete(useCase, acknowledged);

  return (
    <Modal
      visible
      header="Create access key"
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      size="large"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={creation.isPending}>
              Cancel
            </Button>
            {!onUseCaseStep ? (
              <Button onClick={() => setStep(0)} disabled={creation.isPending}>
                Previous
              </Button>
            ) : null}
            {onUseCaseStep && !root ? (
              <Button variant="primary" disabled={!canGoOn} onClick={() => setStep(1)}>
                Next
              </Button>
            ) : (
              <Button
                variant="primary"
                loading={creation.isPending}
                disabled={!canGoOn || (!root && !!descriptionProblem)}
                onClick={create}
              >
                Create access key
              </Button>
            )}
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="small" color="text-body-secondary">{`Step ${step + 1} of ${totalSteps}`}</Box>
        {onUseCaseStep ? (
          root ? (
            <RootWarning acknowledged={acknowledged} onAcknowledge={setAcknowledged} />
          ) : (
            <UseCaseStep
              useCase={useCase}
              onUseCase={(value) => {
                setUseCase(value);
                setAcknowledged(false);
              }}
              acknowledged={acknowledged}
              onAcknowledge={setAcknowledged}
            />
          )
        ) : (
          <DescriptionStep value={description} onChange={setDescription} problem={descriptionProblem} />
        )}
        {creation.error ? (
          <ErrorPanel error={creation.error} header="The access key was not created" />
        ) : null}
      </SpaceBetween>
    </Modal>
  );
}

function RootWarning(props: { acknowledged: boolean; onAcknowledge: (checked: boolean) => void }) {
  return (
    <SpaceBetween size="m">
      <Alert type="warning" header="Root user access keys are not recommended">
        The root user has unrestricted access to the account, and so would anyone holding its access key.
        Create an IAM user with only the permissions needed and give it an access key instead.
      </Alert>
      <Box variant="p">
        An access key is a long-term credential. Rotate it regularly and delete it when it is no longer
        needed. The secret access key can be viewed or downloaded only once, right after it is created.
      </Box>
      <Checkbox checked={props.acknowledged} onChange={({ detail }) => props.onAcknowledge(detail.checked)}>
        I understand creating a root access key is not a best practice, but I still want to create one.
      </Checkbox>
    </SpaceBetween>
  );
}

function UseCaseStep(props: {
  useCase: AccessKeyUseCase | null;
  onUseCase: (value: AccessKeyUseCase) => void;
  acknowledged: boolean;
  onAcknowledge: (checked: boolean) => void;
}) {
  const option = findUseCase(props.useCase);
  return (
    <SpaceBetween size="m">
      <Header
        variant="h3"
        description="Avoid long-term credentials like access keys where you can. Choose what the key is for to see the safer alternative."
      >
        Access key best practices &amp; alternatives
      </Header>
      <FormField label="Use case">
        <RadioGroup
          ariaLabel="Use case"
          value={props.useCase}
          onChange={({ detail }) => props.onUseCase(detail.value as AccessKeyUseCase)}
          items={ACCESS_KEY_USE_CASES.map((u) => ({
            value: u.value,
            label: u.label,
            description: u.description,
          }))}
        />
      </FormField>
      {option && option.alternatives.length > 0 ? (
        <Alert type="info" header="Alternative recommended">
          <ul aria-label="Recommended alternatives">
            {option.alternatives.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {option && option.alternatives.length > 0 ? (
        <FormField label="Confirmation">
          <Checkbox
            checked={props.acknowledged}
            onChange={({ detail }) => props.onAcknowledge(detail.checked)}
          >
            I understand the above recommendation and want to proceed to create an access key.
          </Checkbox>
        </FormField>
      ) : null}
    </SpaceBetween>
  );
}

function DescriptionStep(props: { value: string; onChange: (value: string) => void; problem?: string }) {
  return (
    <SpaceBetween size="m">
      <Header
        variant="h3"
        description="The description is kept as a tag on the user, with the access key ID as its key, and shown next to the key."
      >
        Set description tag - optional
      </Header>
      <FormField
        label="Description tag value"
        description="Describe the purpose of this access key and where it will be used, so that it can be rotated or deleted with confidence later."
        constraintText={`Up to 256 characters (${props.value.trim().length} used): letters, digits, spaces and _ . : / = + - @`}
        errorText={props.problem}
      >
        <Input value={props.value} onChange={({ detail }) => props.onChange(detail.value)} />
      </FormField>
    </SpaceBetween>
  );
}

function RetrieveAccessKeys(props: { created: CreatedAccessKey; tagError?: unknown; onDone: () => void }) {
  const { created, tagError, onDone } = props;
  const [shown, setShown] = useState(false);
  const csv = () => accessKeyCsv(created.accessKeyId, created.secretAccessKey);
  return (
    <Modal
      visible
      header="Retrieve access keys"
      onDismiss={onDone}
      closeAriaLabel="Close dialog"
      size="large"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              iconName="download"
              onClick={() => downloadTextFile(accessKeyCsvFileName(created.userName), csv())}
            >
              Download .csv file
            </Button>
            <Button variant="primary" onClick={onDone}>
              Done
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {tagError ? (
          <Alert type="error" header="The description tag was not saved">
            The access key was created, but tagging the user with its description failed:{' '}
            {errorSummary(tagError)}
          </Alert>
        ) : null}
        <Alert type="warning">
          This is the only time that the secret access key can be viewed or downloaded. You cannot recover it
          later. However, you can create a new access key any time.
        </Alert>
        <KeyValuePairs
          columns={2}
          items={[
            {
              label: 'Access key',
              value: (
                <CopyToClipboard
                  variant="inline"
                  textToCopy={created.accessKeyId}
                  copyButtonAriaLabel="Copy access key ID"
                  copySuccessText="Access key ID copied"
                  copyErrorText="Access key ID failed to copy"
                />
              ),
            },
            {
              label: 'Secret access key',
              value: (
                <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                  {shown ? (
                    <span data-testid="secret-access-key">
                      <CopyToClipboard
                        variant="inline"
                        textToCopy={created.secretAccessKey}
                        copyButtonAriaLabel="Copy secret access key"
                        copySuccessText="Secret access key copied"
                        copyErrorText="Secret access key failed to copy"
                      />
                    </span>
                  ) : (
                    <Box variant="code">{'*'.repeat(16)}</Box>
                  )}
                  <Button variant="inline-link" onClick={() => setShown(!shown)}>
                    {shown ? 'Hide' : 'Show'}
                  </Button>
                </SpaceBetween>
              ),
            },
          ]}
        />
        <AccessKeySnippet
          accessKeyId={created.accessKeyId}
          secretAccessKey={created.secretAccessKey}
          userName={created.userName}
          secretShown={shown}
        />
      </SpaceBetween>
    </Modal>
  );
}
