// `/credential-report` (Access reports): generate the account's credential report and download
// it as CSV with AWS's columns. The file is built from the report the server just generated.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { credentialReportQuery, generateCredentialReport } from '../../api/credentials-api.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { downloadTextFile } from '../../components/credentials/download-file.js';
import { formatDateTime } from '../../components/format-date.js';

/** `status_reports_2026-11-23T09-00-00.csv`, as the IAM console names the file. */
export function credentialReportFileName(generatedTime: string): string {
  return `status_reports_${generatedTime.replace(/\.\d+Z$|Z$/, '').replace(/:/g, '-')}.csv`;
}

export function CredentialReportPage() {
  const report = useQuery(credentialReportQuery());
  const queryClient = useQueryClient();
  // Generate, then download what the refresh of the credentials entry has just read (the report
  // is on this page, so it is refetched before onSuccess runs; fetchQuery reads it when fresh).
  const generate = useWriteMutation('credentials', {
    mutationFn: generateCredentialReport,
    onSuccess: async () => {
      const fresh = await queryClient.fetchQuery(credentialReportQuery());
      if (fresh) downloadTextFile(credentialReportFileName(fresh.generatedTime), fresh.content);
    },
  });
  const busy = generate.isPending;
  const error = generate.error;

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="A report that lists every user in the account and the status of their credentials: passwords, access keys and MFA devices."
        >
          Credential report
        </Header>
      }
    >
      <Container
        header={
          <Header
            variant="h2"
            actions={
              <Button variant="primary" iconName="download" loading={busy} onClick={() => generate.mutate()}>
                Download credentials report
              </Button>
            }
          >
            Credential report
          </Header>
        }
      >
        <SpaceBetween size="m">
          <Box variant="p">
            Downloading generates a new report first, so it shows the credentials as they are now. Use it to
            find passwords and access keys due for rotation, unused credentials, and users without MFA.
          </Box>
          <KeyValuePairs
            columns={2}
            items={[
              {
                label: 'Last generated',
                value: report.isPending
                  ? '-'
                  : report.data
                    ? formatDateTime(report.data.generatedTime)
                    : 'Never',
              },
              { label: 'Format', value: 'CSV (text/csv)' },
            ]}
          />
          {report.error ? (
            <ErrorPanel error={report.error} header="The last report could not be read" />
          ) : null}
          {error ? <ErrorPanel error={error} header="The credential report was not generated" /> : null}
          {report.data === null && !error ? (
            <Alert type="info">No report has been generated for this account yet.</Alert>
          ) : null}
        </SpaceBetween>
      </Container>
    </ContentLayout>
  );
}
