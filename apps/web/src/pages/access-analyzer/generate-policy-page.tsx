// `/access-analyzer/generate-policy?principalType=user&name=alice`: a least-privilege policy
// from what a user or role did in a time range (at most 90 days), shown in the policy editor to
// review and change, then saved as a customer managed policy through the create-policy page.
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import DatePicker from '@cloudscape-design/components/date-picker';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { generatePolicy } from '../../api/access-analyzer-api.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { PolicyEditor } from '../../components/policy-editor/policy-editor.js';
import { usePolicyCheck } from '../../components/policy-editor/use-policy-check.js';
import { rangeProblem, timeRange } from './generation-range.js';

const day = (d: Date) => d.toISOString().slice(0, 10);

export function GeneratePolicyPage() {
  const [search] = useSearchParams();
  const principalType = search.get('principalType') === 'role' ? 'role' : 'user';
  const name = search.get('name') ?? '';
  const navigate = useNavigate();
  const [start, setStart] = useState(day(new Date(Date.now() - 7 * 86_400_000)));
  const [end, setEnd] = useState(day(new Date()));
  const [problem, setProblem] = useState<string>();
  const [document, setDocument] = useState<string>();
  const generate = useMutation({
    mutationFn: generatePolicy,
    onSuccess: (generated) => setDocument(generated.policy),
  });
  const check = usePolicyCheck(document ?? '{}', 'identity');
  const backHref = `/${principalType}s/${encodeURIComponent(name)}`;

  function run() {
    const invalid = rangeProblem(start, end);
    setProblem(invalid);
    if (invalid) return;
    setDocument(undefined);
    generate.mutate({ principalType, name, ...timeRange(start, end, new Date()) });
  }

  const generated = generate.data;
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={`A policy that allows what the ${principalType} ${name} did in the time range: each action it used, on the resources it used it on where the action takes one. Review it before you save it.`}
        >
          Generate policy for {name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Time range of activity</Header>}>
          <Form
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  variant="link"
                  href={backHref}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(backHref);
                  }}
                >
                  Cancel
                </Button>
                <Button variant="primary" onClick={run} loading={generate.isPending}>
                  Generate policy
                </Button>
              </SpaceBetween>
            }
            errorText={problem}
          >
            <SpaceBetween direction="horizontal" size="l">
              <FormField
                label="Start date"
                controlId="generation-start"
                description="At most 90 days before the end."
              >
                <DatePicker
                  controlId="generation-start"
                  value={start}
                  onChange={({ detail }) => setStart(detail.value)}
                  placeholder="YYYY/MM/DD"
                  openCalendarAriaLabel={(selected) =>
                    `Choose the start date${selected ? `, selected ${selected}` : ''}`
                  }
                />
              </FormField>
              <FormField label="End date" controlId="generation-end" description="Included in full.">
                <DatePicker
                  controlId="generation-end"
                  value={end}
                  onChange={({ detail }) => setEnd(detail.value)}
                  placeholder="YYYY/MM/DD"
                  openCalendarAriaLabel={(selected) =>
                    `Choose the end date${selected ? `, selected ${selected}` : ''}`
                  }
                />
              </FormField>
            </SpaceBetween>
          </Form>
        </Container>
        {generate.error ? (
          <ErrorPanel error={generate.error} header="The policy could not be generated" />
        ) : null}
        {generated && document !== undefined ? (
          <>
            {generated.actions.length === 0 ? (
              <Alert type="info" header="No activity in this time range">
                The {principalType} did nothing Gatehouse recorded between these dates: there is nothing to
                allow.
              </Alert>
            ) : (
              <Table
                header={
                  <Header variant="h2" counter={`(${generated.actions.length})`}>
                    Actions used
                  </Header>
                }
                items={generated.actions}
                trackBy="action"
                columnDefinitions={[
                  { id: 'action', header: 'Action', cell: (a) => a.action },
                  { id: 'resources', header: 'Resources', cell: (a) => a.resources.join(', ') },
                ]}
                ariaLabels={{ tableLabel: 'Actions used' }}
              />
            )}
            <Container
              header={
                <Header
                  variant="h2"
                  description="Change it as you need; the next step names and creates it as a customer managed policy."
                  actions={
                    <Button
                      variant="primary"
                      disabled={check.hasErrors || generated.actions.length === 0}
                      disabledReason={
                        generated.actions.length === 0
                          ? 'The policy allows nothing.'
                          : 'Fix the errors in the policy first.'
                      }
                      onClick={() => navigate('/policies/create', { state: { document } })}
                    >
                      Next: create policy
                    </Button>
                  }
                >
                  Generated policy
                </Header>
              }
            >
              <PolicyEditor
                value={document}
                onChange={setDocument}
                kind="identity"
                ariaLabel="Generated policy"
              />
            </Container>
          </>
        ) : null}
      </SpaceBetween>
    </ContentLayout>
  );
}
