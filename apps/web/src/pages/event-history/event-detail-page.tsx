// `/event-history/:eventId`: one event — who, what, where from, the outcome, the request
// parameters (secrets redacted by the server) and the event as a CloudTrail record.
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatDateTime } from '../../components/format-date.js';
import { eventQuery } from './event-history-api.js';

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <Container header={<Header variant="h2">{label}</Header>}>
      <Box variant="pre" fontSize="body-s">
        <span aria-label={label}>{JSON.stringify(value, null, 2)}</span>
      </Box>
    </Container>
  );
}

export function EventDetailPage() {
  const eventId = useParams().eventId ?? '';
  const event = useQuery(eventQuery(eventId));
  if (event.isPending) return <Spinner size="large" />;
  if (event.error) {
    return (
      <ErrorPanel
        error={event.error}
        header="The event could not be loaded"
        onRetry={() => void event.refetch()}
      />
    );
  }
  const e = event.data;
  const dash = (v: string | null) => v ?? '-';
  return (
    <ContentLayout header={<Header variant="h1">{e.eventName}</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Details</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Event time', value: formatDateTime(e.eventTime) },
              { label: 'User name', value: dash(e.userName) },
              { label: 'Event name', value: e.action },
              { label: 'Event source', value: e.eventSource },
              { label: 'Result', value: e.result },
              { label: 'Error code', value: dash(e.errorCode) },
              { label: 'Principal ARN', value: dash(e.principalArn) },
              { label: 'Resource', value: dash(e.resource) },
              { label: 'Source IP address', value: dash(e.sourceIp) },
              { label: 'AWS access key', value: dash(e.accessKeyId) },
              { label: 'Source identity', value: dash(e.sourceIdentity) },
              { label: 'Read-only', value: e.readOnly ? 'true' : 'false' },
              {
                label: 'Through',
                value: e.door === 'aws' ? 'AWS API' : e.door === 'console' ? 'Console' : '-',
              },
              { label: 'Request ID', value: dash(e.requestId) },
              { label: 'Event ID', value: e.eventId },
            ]}
          />
        </Container>
        <JsonBlock label="Request parameters" value={e.requestParameters ?? null} />
        <JsonBlock label="Event record" value={e.cloudTrailEvent} />
      </SpaceBetween>
    </ContentLayout>
  );
}
