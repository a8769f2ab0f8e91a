// The results table: one row per action and resource, the decision, and the explanation.
import type { Explanation, StatementExplanation } from '@gatehouse/evaluator';
import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Header from '@cloudscape-design/components/header';
import type { BrowserSimulationResult } from '../../api/simulator-run.js';

export interface StatementTarget {
  policyId: string;
  statement: StatementExplanation;
}

export function DecisionIndicator({ decision }: { decision: BrowserSimulationResult['decision'] }) {
  if (decision === 'Allow') return <StatusIndicator type="success">Allowed</StatusIndicator>;
  if (decision === 'ExplicitDeny') return <StatusIndicator type="error">Denied — explicit</StatusIndicator>;
  return <StatusIndicator type="stopped">Denied — implicit</StatusIndicator>;
}

function statementName(s: StatementExplanation) {
  return s.sid ? `statement ${s.sid}` : `statement ${s.index + 1}`;
}

function ExplanationView(props: { explanation: Explanation; onOpen: (t: StatementTarget) => void }) {
  const { explanation } = props;
  return (
    <SpaceBetween size="xs">
      <Box>{explanation.summary}</Box>
      {explanation.policies.map((policy) => (
        <SpaceBetween size="xxs" key={policy.id}>
          <Box variant="strong">
            {policy.name ?? policy.id} ({policy.category}): {policy.decision}
          </Box>
          {policy.statements.map((s) => (
            <Box key={s.index} padding={{ left: 'm' }}>
              <Link onFollow={() => props.onOpen({ policyId: policy.id, statement: s })}>
                {`${s.effect} ${statementName(s)}`}
              </Link>{' '}
              {s.applies ? '— applies' : '— does not apply'}
              <ul style={{ margin: '4px 0' }}>
                {s.elements.map((e, i) => (
                  <li key={`e${i}`}>
                    {e.element}: {e.matched ? 'matched' : 'not matched'} — {e.reason}
                  </li>
                ))}
                {s.conditions.map((c, i) => (
                  <li key={`c${i}`}>
                    Condition {c.operator} {c.key}: {c.matched ? 'matched' : 'not matched'} — {c.reason}
                  </li>
                ))}
              </ul>
            </Box>
          ))}
        </SpaceBetween>
      ))}
    </SpaceBetween>
  );
}

export function SimulationResults(props: {
  results: BrowserSimulationResult[];
  onOpen: (t: StatementTarget) => void;
  elapsedMs?: number;
}) {
  return (
    <Table
      header={
        <Header
          counter={`(${props.results.length})`}
          description={
            props.elapsedMs === undefined ? undefined : `Simulated in ${props.elapsedMs.toFixed(0)} ms`
          }
        >
          Results
        </Header>
      }
      items={props.results}
      trackBy={(r) => `${r.action} ${r.resource}`}
      ariaLabels={{ tableLabel: 'Simulation results' }}
      wrapLines
      columnDefinitions={[
        { id: 'action', header: 'Action', cell: (r) => r.action },
        { id: 'resource', header: 'Resource', cell: (r) => r.resource },
        { id: 'decision', header: 'Decision', cell: (r) => <DecisionIndicator decision={r.decision} /> },
        {
          id: 'why',
          header: 'Explanation',
          cell: (r) => (
            <ExpandableSection headerText={r.explanation.summary} variant="footer">
              <ExplanationView explanation={r.explanation} onOpen={props.onOpen} />
            </ExpandableSection>
          ),
        },
      ]}
    />
  );
}
