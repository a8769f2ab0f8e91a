// The review step's "Permissions defined in this policy", as in the IAM console: the policy
// summary (service, access level, resource, request condition) of the document about to be
// created, with its JSON one click away and "Edit" back to the editor.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense, useMemo, useState } from 'react';
import { PolicyDocumentView } from '../../../components/policy-document-view/policy-document-view.js';

// The summary needs the evaluator's parser and the catalog client: loaded with the review step.
const PolicySummaryView = lazy(async () => ({
  default: (await import('../../../components/policy-summary/policy-summary.js')).PolicySummaryView,
}));

export function ReviewPermissions({ document, onEdit }: { document: string; onEdit: () => void }) {
  const [view, setView] = useState<'summary' | 'json'>('summary');
  const documents = useMemo(() => [document], [document]);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="What the policy allows and denies wherever it is attached."
          actions={<Button onClick={onEdit}>Edit</Button>}
        >
          Permissions defined in this policy
        </Header>
      }
    >
      <SpaceBetween size="m">
        <SegmentedControl
          label="Show the policy as"
          selectedId={view}
          onChange={({ detail }) => setView(detail.selectedId as 'summary' | 'json')}
          options={[
            { id: 'summary', text: 'Summary' },
            { id: 'json', text: 'JSON' },
          ]}
        />
        {view === 'summary' ? (
          <Suspense fallback={<Spinner />}>
            <PolicySummaryView documents={documents} />
          </Suspense>
        ) : (
          <PolicyDocumentView document={document} label="Policy document to create" />
        )}
      </SpaceBetween>
    </Container>
  );
}
