// `/access-analyzer/findings/:id`: one finding — what is reachable, by whom, under which
// condition — with the trust policy statement behind it highlighted, a link to it on the
// role's page, and archive / unarchive.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { FindingDetailResponse, FindingSummary } from '@gatehouse/contracts/access-analyzer';
import { findingQuery, updateFindings } from '../../api/access-analyzer-api.js';
import { useNotifications } from '../../app/notifications.js';
import { useFollow } from '../../app/use-follow.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatDateTime } from '../../components/format-date.js';
import { StatementViewer } from '../../components/statement-viewer/statement-viewer.js';
import {
  conditionText,
  FINDING_TYPE_LABELS,
  principalText,
  resourceLink,
  trustStatementHref,
  unusedText,
} from './finding-labels.js';
import { statusIndicator } from './findings-page.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';

function details(f: FindingSummary) {
  const common = [
    { label: 'Finding ID', value: f.id },
    { label: 'Type', value: FINDING_TYPE_LABELS[f.findingType] },
    { label: 'Status', value: statusIndicator(f.status) },
    { label: 'Resource', value: f.resource },
    { label: 'Resource type', value: f.resourceType },
    { label: 'Resource owner account', value: f.resourceOwnerAccount },
    { label: 'Created', value: formatDateTime(f.createdAt) },
    { label: 'Updated', value: formatDateTime(f.updatedAt) },
    { label: 'Analyzed', value: formatDateTime(f.analyzedAt) },
  ];
  if (f.findingType === 'ExternalAccess') {
    return [
      ...common,
      { label: 'External principal', value: principalText(f) },
      { label: 'Actions', value: (f.action ?? []).join(', ') },
      { label: 'Condition', value: conditionText(f) },
      { label: 'Public access', value: f.isPublic ? 'Yes: anyone can assume this role' : 'No' },
    ];
  }
  return [...common, { label: 'Unused access', value: unusedText(f, formatDateTime) }];
}

function StatementBehind({ detail }: { detail: FindingDetailResponse }) {
  const follow = useFollow();
  const f = detail.finding;
  if (f.findingType !== 'ExternalAccess' || f.statementIndex === undefined) return null;
  const href = trustStatementHref(f.resource, f.statementIndex);
  const label = `Trust policy of ${detail.roleName ?? 'the role'}, statement ${f.statementSid ?? f.statementIndex + 1}`;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="The statement of the role's trust policy that grants this access."
          actions={
            href ? (
              <Button href={href} onFollow={follow}>
                Open in the role's trust policy
              </Button>
            ) : undefined
          }
        >
          Policy statement
        </Header>
      }
    >
      {f.status === 'RESOLVED' ? (
        <Box color="text-body-secondary">
          Resolved: the role&apos;s trust policy no longer grants this access.
        </Box>
      ) : detail.trustPolicy ? (
        <StatementViewer
          document={detail.trustPolicy}
          kind="trust"
          statementIndex={f.statementIndex}
          label={label}
        />
      ) : (
        <Box color="text-body-secondary">The role no longer exists.</Box>
      )}
    </Container>
  );
}

export function FindingDetailPage() {
  const { id = '' } = useParams();
  const follow = useFollow();
  const finding = useQuery(findingQuery(id));
  const { notify } = useNotifications();
  const change = useWriteMutation('accessAnalyzer', {
    mutationFn: (to: 'ACTIVE' | 'ARCHIVED') => updateFindings([id], to),
    onSuccess: async (_d, to) => {
      notify({ type: 'success', content: `Finding ${to === 'ARCHIVED' ? 'archived' : 'unarchived'}.` });
    },
    onError: (error) =>
      notify({
        type: 'error',
        header: 'The finding could not be updated',
        content: (error as Error).message,
      }),
  });
  if (finding.isPending) return <Spinner size="large" />;
  if (finding.error) return <ErrorPanel error={finding.error} header="The finding could not be loaded" />;
  const f = finding.data.finding;
  const link = resourceLink(f.resource);
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={
            link ? (
              <>
                {FINDING_TYPE_LABELS[f.findingType]} of{' '}
                <Link href={link.href} onFollow={follow}>
                  {link.name}
                </Link>
              </>
            ) : undefined
          }
          actions={
            f.status === 'ACTIVE' ? (
              <Button onClick={() => change.mutate('ARCHIVED')} loading={change.isPending}>
                Archive
              </Button>
            ) : f.status === 'ARCHIVED' ? (
              <Button onClick={() => change.mutate('ACTIVE')} loading={change.isPending}>
                Unarchive
              </Button>
            ) : undefined
          }
        >
          Finding {f.id}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Finding details</Header>}>
          <KeyValuePairs columns={3} items={details(f)} />
        </Container>
        {f.findingType === 'UnusedPermission' ? (
          <Container header={<Header variant="h2">Unused services and actions</Header>}>
            <ul aria-label="Unused services and actions" style={{ margin: 0 }}>
              {(f.unusedServices ?? []).map((s) => (
                <li key={s.serviceNamespace}>
                  <b>{s.serviceNamespace}</b>
                  {s.actions ? `: ${s.actions.join(', ')}` : ': not used'}
                  {s.lastAccessed ? ` (last used ${formatDateTime(s.lastAccessed)})` : ''}
                </li>
              ))}
            </ul>
          </Container>
        ) : null}
        <StatementBehind detail={finding.data} />
      </SpaceBetween>
    </ContentLayout>
  );
}
