// The Trust relationships tab: who may assume the role (the trust policy), viewed read-only and
// edited in the PolicyEditor (edit-trust-policy.tsx, loaded when editing starts).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Role } from '../../../api/roles-types.js';
import { PolicyDocumentView } from '../../../components/policy-document-view/policy-document-view.js';
import { StatementViewer } from '../../../components/statement-viewer/statement-viewer.js';
import { trustedEntitiesSummary } from '../../../components/trust-policy-builder/trusted-entities-summary.js';

const EditTrustPolicy = lazy(async () => ({
  default: (await import('./edit-trust-policy.js')).EditTrustPolicy,
}));

export function RoleTrustTab({ role }: { role: Role }) {
  const [draft, setDraft] = useState<string | null>(null);
  // `?statement=<index>` (an Access Analyzer finding's link): that statement highlighted.
  const statement = useSearchParams()[0].get('statement');
  const highlighted = statement !== null && /^\d{1,3}$/.test(statement) ? Number(statement) : undefined;
  if (draft !== null) {
    return (
      <Suspense fallback={<Spinner size="large" />}>
        <EditTrustPolicy role={role} initial={draft} onDone={() => setDraft(null)} />
      </Suspense>
    );
  }
  const entities = trustedEntitiesSummary(role.trustPolicy);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Entities that can assume this role under the conditions in the policy."
          actions={<Button onClick={() => setDraft(role.trustPolicy)}>Edit trust policy</Button>}
        >
          Trusted entities
        </Header>
      }
    >
      <SpaceBetween size="s">
        {entities.length ? (
          <ul aria-label="Trusted entities" style={{ margin: 0 }}>
            {entities.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : (
          <Box color="text-body-secondary">No statement of the trust policy allows anyone.</Box>
        )}
        {highlighted === undefined ? (
          <PolicyDocumentView document={role.trustPolicy} label="Trust policy" />
        ) : (
          <StatementViewer
            document={role.trustPolicy}
            kind="trust"
            statementIndex={highlighted}
            label={`Trust policy, statement ${highlighted + 1}`}
          />
        )}
      </SpaceBetween>
    </Container>
  );
}
