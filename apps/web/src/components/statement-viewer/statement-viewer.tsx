// One policy, read-only, with one statement highlighted and scrolled into view: Monaco (lazily
// loaded) with whole-line marks, or the plain text with the statement marked if Monaco cannot
// load. The statement's text is also given to screen readers, which do not see the marks.
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import type { PolicyKind, Range } from '@gatehouse/evaluator';
import { lazy, Suspense, useMemo, type CSSProperties } from 'react';
import { EditorLoadBoundary } from '../policy-editor/editor-load-boundary.js';
import { PlainStatementView } from './plain-statement-view.js';
import { statementDisplay } from './statement-display.js';

const MonacoPolicyEditor = lazy(async () => ({
  default: (await import('../policy-editor/monaco-policy-editor.js')).MonacoPolicyEditor,
}));

const NO_DIAGNOSTICS: never[] = [];

const SCREEN_READER_ONLY: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'pre',
};

export interface StatementViewerProps {
  /** The policy text as stored. */
  document: string;
  kind: PolicyKind;
  /** The statement's position in the Statement array. */
  statementIndex: number;
  /** Its span in `document`, when the evaluator gave one. */
  range?: Range;
  /** Names the policy and statement, e.g. `ReadReports, statement ReadFromOffice`. */
  label: string;
  height?: number;
}

export function StatementViewer(props: StatementViewerProps) {
  const { document, statementIndex, range, kind, label, height = 380 } = props;
  const shown = useMemo(
    () => statementDisplay(document, statementIndex, range),
    [document, statementIndex, range],
  );
  const stored = shown.storedRange;
  const lines = shown.range ? `${shown.range.start.line}-${shown.range.end.line}` : undefined;
  return (
    <div data-testid="statement-viewer" data-highlighted-lines={lines}>
      <SpaceBetween size="xs">
        <EditorLoadBoundary fallback={<PlainStatementView text={shown.text} range={shown.range} />}>
          <Suspense
            fallback={
              <Box padding="l" textAlign="center">
                <Spinner /> Loading editor
              </Box>
            }
          >
            <MonacoPolicyEditor
              value={shown.text}
              kind={kind}
              diagnostics={NO_DIAGNOSTICS}
              readOnly
              ariaLabel={label}
              height={height}
              highlight={shown.range}
            />
            {stored ? (
              <pre
                data-testid="highlighted-statement"
                aria-label="Highlighted statement"
                style={SCREEN_READER_ONLY}
              >
                {document.slice(stored.start.offset, stored.end.offset)}
              </pre>
            ) : null}
          </Suspense>
        </EditorLoadBoundary>
        <Box variant="small" color="text-body-secondary">
          {shown.range
            ? `The statement is highlighted: lines ${shown.range.start.line}–${shown.range.end.line}.`
            : 'The statement could not be found in the policy text.'}
          {shown.formatted ? ' The policy is shown formatted; it is stored on one line.' : ''}
        </Box>
      </SpaceBetween>
    </div>
  );
}
