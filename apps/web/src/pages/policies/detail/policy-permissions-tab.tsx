// The Permissions tab: the text of the default version; "Edit" writes a new version.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { policyVersionQuery } from '../../../api/policies-api.js';
import type { ManagedPolicy } from '../../../api/types.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PolicyDocumentView } from '../../../components/policy-document-view/policy-document-view.js';
import { policyHref } from '../policy-links.js';

// The summary needs the evaluator's parser and the catalog client: loaded when first shown.
const PolicySummaryView = lazy(async () => ({
  default: (await import('../../../components/policy-summary/policy-summary.js')).PolicySummaryView,
}));

export function PolicyPermissionsTab({ policy }: { policy: ManagedPolicy }) {
  const navigate = useNavigate();
  // GetPolicy carries the default version's text; older servers did not, so ask for the version then.
  const version = useQuery({
    ...policyVersionQuery(policy.arn, policy.defaultVersionId),
    enabled: policy.document === undefined,
  });
  const document = policy.document ?? version.data?.document;
  const [view, setView] = useState<'summary' | 'json'>('json');
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`The default version (${policy.defaultVersionId}): what this policy allows and denies wherever it is attached.`}
          actions={
            policy.scope === 'AWS' ? null : (
              <Button
                onClick={() => navigate(policyHref(policy.arn, 'edit'))}
                disabled={document === undefined}
              >
                Edit
              </Button>
            )
          }
        >
          Permissions defined in this policy
        </Header>
      }
    >
      {document !== undefined ? (
        <SpaceBetween size="m">
          <SegmentedControl
            label="Show the policy as"
            selectedId={view}
            onChange={({ detail }) => setView(detail.selectedId as 'summary' | 'json')}
            options={[
              { id: 'json', text: 'JSON' },
              { id: 'summary', text: 'Summary' },
            ]}
          />
          {view === 'summary' ? (
            <Suspense fallback={<Spinner />}>
              <PolicySummaryView documents={[document]} />
            </Suspense>
          ) : (
            <PolicyDocumentView document={document} label="Policy document" />
          )}
        </SpaceBetween>
      ) : version.error ? (
        <ErrorPanel error={version.error} header="The policy's text could not be loaded" />
      ) : (
        <Spinner />
      )}
    </Container>
  );
}
