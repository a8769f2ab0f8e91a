// The results table: one row per action and resource, the decision, and the explanation.
import type { Explanation, StatementExplanation } from '@gatehouse/evaluator';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Header from '@cloudscape-design/components/header';
import { useState } from 'react';
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

export function statementName(s: Pick<StatementExplanation, 'sid' | 'index'>) {
  return s.sid ? `statement ${s.sid}` : `statement ${s.index + 1}`;
}

/** Collapsed, the explanation is not rendered: with hundreds of actions, rendering them all is most of the run's time. */
function ExplanationSection(props: { explanation: Explanation; onOpen: (t: StatementTarget) => void }) {
  const [expanded, setExpanded] = useState(false);
  return (
    <ExpandableSection
      headerText={props.explanation.summary}
      variant="footer"
      expanded={expanded}
      onChange={({ detail }) => setExpanded(detail.expanded)}
    >
      {expanded ? <ExplanationView explanation={props.explanation} onOpen={props.onOpen} /> : null}
    </ExpandableSection>
  );
}

/** The deciding statements, each with a "View statement" button. */
function DecidedBy(props: { explanation: Explanation; onOpen: (t: StatementTarget) => void }) {
  const targets = (props.explanation.decidedBy ?? []).flatMap((ref) => {
    const policy = props.explanation.policies.find((p) => p.id === ref.policyId);
    const statement = policy?.statements.find((s) => s.index === ref.index);
    return policy && statement ? [{ policy, statement }] : [];
  });
  if (targets.length === 0) return null;
  return (
    <SpaceBetween size="xxs">
      {targets.map(({ policy, statement }) => (
        <SpaceBetween
          key={`${policy.id} ${statement.index}`}
          direction="horizontal"
          size="xs"
          alignItems="center"
        >
          <Box>
            Decided by {statement.effect} {statementName(statement)} of {policy.name ?? policy.id}
          </Box>
          <Button
            variant="inline-link"
            ariaLabel={`View ${statementName(statement)} of ${policy.name ?? policy.id}`}
            onClick={() => props.onOpen({ policyId: policy.id, statement })}
          >
            View statement
          </Button>
        </SpaceBetween>
      ))}
    </SpaceBetween>
  );
}

function ExplanationView(props: { explanation: Explanation; onOpen: (t: StatementTarget) => void }) {
  const { explanation } = props;
  return (
    <SpaceBetween size="xs">
      <Box>{explanation.summary}</Box>
      <DecidedBy explanation={explanation} onOpen={props.onOpen} />
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

/** "Simulated in X ms": from "Run simulation" to the results on screen (fetch, compile, evaluate, render). */
function Timing({ timing, count }: { timing?: SimulationTiming; count: number }) {
  if (!timing) return null;
  const parts = timing.byServer
    ? [`evaluated by the server in ${timing.evaluateMs.toFixed(0)} ms`]
    : [
        timing.fetchMs === undefined ? '' : `policies fetched in ${timing.fetchMs.toFixed(0)} ms`,
        `compiled and evaluated in ${timing.evaluateMs.toFixed(1)} ms`,
      ].filter(Boolean);
  return (
    <span data-testid="simulation-time" data-elapsed-ms={timing.totalMs.toFixed(1)}>
      Simulated in {timing.totalMs.toFixed(0)} ms ({count} {count === 1 ? 'request' : 'requests'}:{' '}
      {parts.join(', ')})
    </span>
  );
}

export interface SimulationTiming {
  /** From the click to the results committed to the page. */
  totalMs: number;
  /** Fetching the principal's effective policies (absent when the server simulated). */
  fetchMs?: number;
  /** Compiling the policies and evaluating every request (or the server's round trip). */
  evaluateMs: number;
  byServer?: boolean;
}

export function SimulationResults(props: {
  results: BrowserSimulationResult[];
  onOpen: (t: StatementTarget) => void;
  timing?: SimulationTiming;
}) {
  return (
    <Table
      header={
        <Header
          counter={`(${props.results.length})`}
          description={<Timing timing={props.timing} count={props.results.length} />}
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
          cell: (r) => <ExplanationSection explanation={r.explanation} onOpen={props.onOpen} />,
        },
      ]}
    />
  );
}
