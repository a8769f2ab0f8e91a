// The policy simulator: pick a principal (or paste policies), actions, resources and context;
// run; see each decision with the evaluator's explanation, and open the deciding statement.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import TokenGroup from '@cloudscape-design/components/token-group';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import Spinner from '@cloudscape-design/components/spinner';
import { whoamiQuery } from '../../api/queries/auth.js';
import type { PrincipalKind } from '../../api/simulator-api.js';
import { buildContext, resourceError, resourceList, type ContextRow } from '../../api/simulator-request.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { ActionPicker } from './action-picker.js';
import { ContextRows } from './context-rows.js';
import type { TimedRun } from './simulation-output.js';
import { usePrincipalOptions } from './use-principal-options.js';

// Only "Custom policies" needs the editor: loaded when that is chosen, not with the page.
const PolicyEditor = lazy(async () => ({
  default: (await import('../../components/policy-editor/policy-editor.js')).PolicyEditor,
}));

// The evaluator and the results table load after the page, before the first run (warmed below).
const loadRunner = () => import('./run-simulator.js');
const loadOutput = () => import('./simulation-output.js');
const SimulationOutput = lazy(async () => ({ default: (await loadOutput()).SimulationOutput }));

type Kind = PrincipalKind | 'custom';
const EMPTY_POLICY = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}';

export function SimulatorPage() {
  const whoami = useQuery(whoamiQuery());
  const [kind, setKind] = useState<Kind>('user');
  const [name, setName] = useState('');
  const [custom, setCustom] = useState(EMPTY_POLICY);
  const [actions, setActions] = useState<string[]>([]);
  const [resources, setResources] = useState('*');
  const [rows, setRows] = useState<ContextRow[]>([]);
  const [run, setRun] = useState<TimedRun | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | undefined>();
  const options = usePrincipalOptions(kind);
  const built = buildContext(rows);

  useEffect(() => {
    // A failure here shows when the run itself imports them (and reports it).
    loadRunner().catch(() => undefined);
    loadOutput().catch(() => undefined);
  }, []);

  async function simulate() {
    const resourceArns = resourceList(resources);
    const problem =
      (kind !== 'custom' && name.trim() === '' ? `choose a ${kind}` : undefined) ??
      (actions.length === 0 ? 'choose at least one action' : undefined) ??
      resourceError(resourceArns) ??
      (Object.keys(built.errors).length > 0 ? 'correct the context keys' : undefined);
    setFormError(problem);
    if (problem) return;
    const started = performance.now();
    setBusy(true);
    setError(undefined);
    try {
      const { runSimulator } = await loadRunner();
      const data = await runSimulator({
        kind,
        name: name.trim(),
        customPolicies: [custom],
        accountId: whoami.data?.accountId ?? '000000000000',
        actions,
        resources: resourceArns,
        context: built.context,
      });
      setRun({ data, started });
    } catch (err) {
      setError(err);
      setRun(undefined);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Test which actions a user, group or role — or policies you paste — allow on which resources."
        >
          Policy simulator
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Principal</Header>}>
          <SpaceBetween size="m">
            <SegmentedControl
              label="Simulate"
              selectedId={kind}
              onChange={({ detail }) => {
                setKind(detail.selectedId as Kind);
                setName('');
              }}
              options={[
                { id: 'user', text: 'User' },
                { id: 'group', text: 'Group' },
                { id: 'role', text: 'Role' },
                { id: 'custom', text: 'Custom policies' },
              ]}
            />
            {kind === 'custom' ? (
              <Suspense fallback={<Spinner />}>
                <PolicyEditor
                  value={custom}
                  onChange={setCustom}
                  kind="identity"
                  ariaLabel="Custom policy"
                  height={260}
                />
              </Suspense>
            ) : (
              <FormField label={`${kind[0]!.toUpperCase()}${kind.slice(1)} name`}>
                <Autosuggest
                  value={name}
                  onChange={({ detail }) => setName(detail.value)}
                  options={options}
                  placeholder={`Choose a ${kind}`}
                  ariaLabel={`${kind} name`}
                  enteredTextLabel={(v) => `Use "${v}"`}
                />
              </FormField>
            )}
          </SpaceBetween>
        </Container>
        <Container
          header={
            <Header variant="h2" counter={`(${actions.length} selected)`}>
              Actions
            </Header>
          }
        >
          <SpaceBetween size="m">
            <ActionPicker selected={actions} onChange={setActions} />
            <TokenGroup
              items={actions.map((a) => ({ label: a }))}
              onDismiss={({ detail }) => setActions(actions.filter((_, i) => i !== detail.itemIndex))}
              limit={20}
            />
          </SpaceBetween>
        </Container>
        <Container header={<Header variant="h2">Resources and context</Header>}>
          <SpaceBetween size="m">
            <FormField label="Resource ARNs" description="One per line; `*` for actions on any resource.">
              <Textarea
                value={resources}
                onChange={({ detail }) => setResources(detail.value)}
                rows={3}
                ariaLabel="Resource ARNs"
              />
            </FormField>
            <ContextRows rows={rows} errors={built.errors} onChange={setRows} />
          </SpaceBetween>
        </Container>
        <SpaceBetween size="xs" direction="horizontal" alignItems="center">
          <Button variant="primary" loading={busy} onClick={() => void simulate()}>
            Run simulation
          </Button>
          {formError ? <span role="alert">{formError}</span> : null}
        </SpaceBetween>
        {error ? <ErrorPanel error={error} header="The simulation could not run" /> : null}
        {run ? (
          <Suspense fallback={<Spinner />}>
            <SimulationOutput run={run} />
          </Suspense>
        ) : null}
      </SpaceBetween>
    </ContentLayout>
  );
}
