// "Use this key with the AWS CLI or an SDK" in the Retrieve access keys dialog: commands that
// configure a profile and point the aws CLI at this Gatehouse, and an SDK for JavaScript client.
// The secret is written in only while the dialog shows it; otherwise the snippet, and what its
// copy button copies, carry a placeholder, so no secret reaches the clipboard unseen.
import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import {
  awsCliSnippet,
  GATEHOUSE_REGION,
  SECRET_PLACEHOLDER,
  sdkJavaScriptSnippet,
  type SnippetInput,
} from './aws-cli-snippet.js';

interface AccessKeySnippetProps {
  accessKeyId: string;
  secretAccessKey: string;
  userName?: string;
  /** Whether the user has chosen Show for the secret in the dialog. */
  secretShown: boolean;
}

export function AccessKeySnippet({
  accessKeyId,
  secretAccessKey,
  userName,
  secretShown,
}: AccessKeySnippetProps) {
  const [expanded, setExpanded] = useState(false);
  const input: SnippetInput = {
    accessKeyId,
    secretAccessKey: secretShown ? secretAccessKey : null,
    userName,
    endpoint: window.location.origin,
  };
  return (
    <ExpandableSection
      variant="container"
      headerText="Use this key with the AWS CLI or an SDK"
      headerDescription={`Gatehouse answers the AWS API at ${input.endpoint}, region ${GATEHOUSE_REGION}.`}
      expanded={expanded}
      onChange={({ detail }) => setExpanded(detail.expanded)}
    >
      {/* Mounted only when expanded: the dialog names the key once until the user asks for more. */}
      {expanded ? (
        <Tabs
          ariaLabel="Client"
          disableContentPaddings
          tabs={[
            {
              id: 'cli',
              label: 'AWS CLI',
              content: (
                <Snippet label="AWS CLI commands" text={awsCliSnippet(input)} secretShown={secretShown} />
              ),
            },
            {
              id: 'sdk-js',
              label: 'SDK for JavaScript',
              content: (
                <Snippet
                  label="SDK for JavaScript code"
                  text={sdkJavaScriptSnippet(input)}
                  secretShown={secretShown}
                />
              ),
            },
          ]}
        />
      ) : null}
    </ExpandableSection>
  );
}

function Snippet({ label, text, secretShown }: { label: string; text: string; secretShown: boolean }) {
  return (
    <SpaceBetween size="s">
      <Box padding={{ top: 's' }}>
        <SpaceBetween direction="horizontal" size="s" alignItems="center">
          <CopyToClipboard
            variant="button"
            copyButtonText="Copy"
            copyButtonAriaLabel={`Copy ${label}`}
            textToCopy={text}
            copySuccessText={
              secretShown ? `${label} copied` : `${label} copied, with ${SECRET_PLACEHOLDER} for the secret`
            }
            copyErrorText={`${label} failed to copy`}
          />
          <Box variant="small" color="text-body-secondary">
            {secretShown
              ? 'Includes the secret access key: paste it only where the secret may be kept.'
              : `The secret is hidden: choose Show above to write it in instead of ${SECRET_PLACEHOLDER}.`}
          </Box>
        </SpaceBetween>
      </Box>
      <div role="region" aria-label={label}>
        <pre
          tabIndex={0}
          style={{
            margin: 0,
            padding: '12px 16px',
            background: '#f8f8f8',
            border: '1px solid #d1d5db',
            borderRadius: 8,
            // Commands stay one per line (a wrapped command reads as two); long ones scroll.
            whiteSpace: 'pre',
            overflowX: 'auto',
          }}
        >
          <Box variant="code">{text}</Box>
        </pre>
      </div>
    </SpaceBetween>
  );
}
