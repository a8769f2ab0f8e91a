// Create access key, then "Retrieve access keys": the secret is shown this once, with copy, a
// .csv download in AWS's format and the commands that set up the aws CLI or an SDK with it;
// closing the dialog forgets it for good.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  createAccessKey,
  credentialKeys,
  type CreatedAccessKey,
  type CredentialOwner,
} from '../../api/credentials-api.js';
import { ErrorPanel } from '../error-panel.js';
import { accessKeyCsv, accessKeyCsvFileName } from './access-key-csv.js';
import { AccessKeySnippet } from './cli-snippet.js';
import { downloadTextFile } from './download-file.js';

interface CreateAccessKeyModalProps {
  owner: CredentialOwner;
  root: boolean;
  onDismiss: () => void;
}

export function CreateAccessKeyModal({ owner, root, onDismiss }: CreateAccessKeyModalProps) {
  const [created, setCreated] = useState<CreatedAccessKey | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();

  async function create() {
    setCreating(true);
    setError(null);
    try {
      setCreated(await createAccessKey(owner));
      await queryClient.invalidateQueries({ queryKey: credentialKeys.accessKeys(owner) });
      void queryClient.invalidateQueries({ queryKey: credentialKeys.accountSecurity });
    } catch (caught) {
      setError(caught);
    } finally {
      setCreating(false);
    }
  }

  if (created) return <RetrieveAccessKeys created={created} onDone={onDismiss} />;

  return (
    <Modal
      visible
      header="Create access key"
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss} disabled={creating}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={creating}
              disabled={root && !acknowledged}
              onClick={() => void create()}
            >
              Create access key
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {root ? (
          <Alert type="warning" header="Root user access keys are not recommended">
            The root user has unrestricted access to the account, and so would anyone holding its access key.
            Create an IAM user with only the permissions needed and give it an access key instead.
          </Alert>
        ) : null}
        <Box variant="p">
          An access key is a long-term credential. Rotate it regularly and delete it when it is no longer
          needed. The secret access key can be viewed or downloaded only once, right after it is created.
        </Box>
        {root ? (
          <Checkbox checked={acknowledged} onChange={({ detail }) => setAcknowledged(detail.checked)}>
            I understand creating a root access key is not a best practice, but I still want to create one.
          </Checkbox>
        ) : null}
        {error ? <ErrorPanel error={error} header="The access key was not created" /> : null}
      </SpaceBetween>
    </Modal>
  );
}

function RetrieveAccessKeys({ created, onDone }: { created: CreatedAccessKey; onDone: () => void }) {
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
