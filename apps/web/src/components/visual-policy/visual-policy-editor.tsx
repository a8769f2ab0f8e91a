// The Visual tab of the policy editor: the policy's statements as cards. The JSON text stays the
// single source of truth: cards are derived from it, and each visual edit writes the whole text
// back through `onChange`. A policy the cards cannot show exactly is not touched: the tab says
// why and offers the JSON tab instead. Loaded lazily (only when the tab is opened).
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ErrorPanel } from '../error-panel.js';
import { InlineCode } from './inline-code.js';
import {
  duplicateStatement,
  newStatement,
  visualToPolicy,
  type ToVisualResult,
  type VisualPolicy,
  type VisualStatement,
} from './model/index.js';
import { StatementCard } from './statement-card.js';
import { useCatalogIndex, useGlobalConditionKeys } from './use-visual-catalog.js';
import { cardsForText, formatProblemPath, type EmittedCards } from './visual-cards.js';

export interface VisualPolicyEditorProps {
  value: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  /** Switches the editor to its JSON tab. */
  onEditJson: () => void;
}

interface Derived {
  text: string;
  result: ToVisualResult;
  emitted?: EmittedCards;
}

export function VisualPolicyEditor({
  value,
  onChange,
  readOnly = false,
  onEditJson,
}: VisualPolicyEditorProps) {
  const [derived, setDerived] = useState<Derived>(() => ({
    text: value,
    result: cardsForText(value, undefined, undefined),
  }));
  // Derived state from props, recomputed during render when the text changed (React's
  // documented pattern for state that follows a prop).
  let current = derived;
  if (derived.text !== value) {
    const previous = derived.result.ok ? derived.result.policy : undefined;
    current = { ...derived, text: value, result: cardsForText(value, previous, derived.emitted) };
    setDerived(current);
  }
  const index = useCatalogIndex();
  const globalKeys = useGlobalConditionKeys(index.data);
  const editable = !readOnly && !!onChange;

  if (!current.result.ok) {
    const { reason, path } = current.result.problem;
    return (
      <Alert
        type="info"
        header="This policy cannot be edited in the visual editor"
        action={<Button onClick={onEditJson}>Edit in JSON</Button>}
      >
        <span data-testid="visual-not-representable">
          <InlineCode text={reason} />
          {path.length ? (
            <>
              {' '}
              (at <code>{formatProblemPath(path)}</code>)
            </>
          ) : null}
          .
        </span>{' '}
        The JSON is left exactly as written.
      </Alert>
    );
  }

  const policy = current.result.policy;
  const write = (statements: VisualStatement[]) => {
    const next: VisualPolicy = { ...policy, statements };
    const text = visualToPolicy(next);
    setDerived({ text, result: { ok: true, policy: next }, emitted: { text, policy: next } });
    onChange?.(text);
  };
  const replace = (i: number, statement: VisualStatement) =>
    write(policy.statements.map((s, j) => (j === i ? statement : s)));

  return (
    <SpaceBetween size="m">
      {index.error ? (
        <ErrorPanel error={index.error} header="The service catalog could not be loaded" />
      ) : null}
      {policy.statements.length === 0 ? (
        <Box color="text-body-secondary">The policy has no statements yet.</Box>
      ) : null}
      {policy.statements.map((statement, i) => (
        <StatementCard
          key={statement.key}
          index={i}
          statement={statement}
          catalogIndex={index.data}
          indexLoading={index.loading}
          globalKeys={globalKeys.data}
          onChange={(next) => replace(i, next)}
          onDuplicate={() =>
            write([
              ...policy.statements.slice(0, i + 1),
              duplicateStatement(statement),
              ...policy.statements.slice(i + 1),
            ])
          }
          onRemove={() => write(policy.statements.filter((_, j) => j !== i))}
          readOnly={!editable}
        />
      ))}
      {editable ? (
        <Button iconName="add-plus" onClick={() => write([...policy.statements, newStatement()])}>
          Add statement
        </Button>
      ) : null}
    </SpaceBetween>
  );
}
