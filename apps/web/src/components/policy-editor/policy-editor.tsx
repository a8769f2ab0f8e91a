// The policy editor used wherever a policy is written: Monaco with IAM completion, the shared
// evaluator's live diagnostics as markers and as a list, a Format button and the size quota.
// Monaco loads lazily; if it cannot load, a plain text area keeps the page usable. Identity
// policies, permissions boundaries and SCPs also get a Visual tab (statement cards, loaded lazily)
// beside the JSON one; both edit the same text, so switching tabs never rewrites it.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Textarea from '@cloudscape-design/components/textarea';
import type { Diagnostic, PolicyKind } from '@gatehouse/evaluator';
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { EditorLoadBoundary } from './editor-load-boundary.js';
import { formatPolicyText } from './format-policy-text.js';
import type { EditorTab } from '../visual-policy/editor-tabs.js';
import type { EditorHandle } from './monaco-policy-editor.js';
import { PolicyDiagnosticsList } from './policy-diagnostics-list.js';
import { cardPlace } from '../visual-policy/card-place.js';
import type { PolicyCheck } from './check-policy.js';
import { usePolicyCheck } from './use-policy-check.js';

const MonacoPolicyEditor = lazy(async () => ({
  default: (await import('./monaco-policy-editor.js')).MonacoPolicyEditor,
}));

// The Visual tab's code (cards, catalog queries) loads only when the tab is first opened.
const VisualPolicyEditor = lazy(async () => ({
  default: (await import('../visual-policy/visual-policy-editor.js')).VisualPolicyEditor,
}));

// The tab strip is a lazy chunk too, so pages with an editor load no more code up front; Monaco's
// chunk is requested at the same time rather than after it.
const EditorTabs = lazy(async () => {
  void import('./monaco-policy-editor.js');
  return { default: (await import('../visual-policy/editor-tabs.js')).EditorTabs };
});

export interface PolicyEditorProps {
  value: string;
  onChange?: (value: string) => void;
  kind: PolicyKind;
  /** The quota in counted characters, e.g. `POLICY_SIZE_LIMITS.inlineUser`; defaults to the kind's. */
  sizeLimit?: number;
  readOnly?: boolean;
  ariaLabel: string;
  /** Told about every check, so a page can disable "Save" while `hasErrors`. */
  onCheck?: (check: PolicyCheck) => void;
  height?: number;
  /**
   * Findings the server reported when it refused the text (MalformedPolicyDocument), shown as
   * markers and in the list with the live ones. The page clears them when the text changes.
   */
  extraDiagnostics?: readonly Diagnostic[];
}

export function PolicyEditor(props: PolicyEditorProps) {
  const { value, onChange, kind, sizeLimit, readOnly = false, ariaLabel, onCheck, height = 420 } = props;
  const check = usePolicyCheck(value, kind, sizeLimit);
  const editor = useRef<EditorHandle | null>(null);
  const diagnostics = useMemo(
    () => withExtraDiagnostics(check.diagnostics, props.extraDiagnostics),
    [check.diagnostics, props.extraDiagnostics],
  );

  useEffect(() => {
    onCheck?.(check);
  }, [check, onCheck]);

  const [tab, setTab] = useState<EditorTab>('json');
  // A finding chosen in the list while the Visual tab is open: revealed once Monaco is back.
  const pendingReveal = useRef<{ line: number; column: number } | null>(null);
  const hasVisual = kind === 'identity' || kind === 'boundary' || kind === 'scp';
  const showTab = (next: EditorTab) => {
    if (next !== 'json') editor.current = null;
    setTab(next);
  };
  const reveal = (line: number, column: number) => {
    if (hasVisual && tab !== 'json') {
      pendingReveal.current = { line, column };
      showTab('json');
      return;
    }
    editor.current?.reveal(line, column);
  };

  const formatted = formatPolicyText(value);
  const fallback = (
    <Textarea
      value={value}
      onChange={({ detail }) => onChange?.(detail.value)}
      readOnly={readOnly}
      ariaLabel={ariaLabel}
      rows={18}
      spellcheck={false}
    />
  );

  const jsonView = (
    <SpaceBetween size="xs">
      {readOnly ? null : (
        <SpaceBetween direction="horizontal" size="xs" alignItems="center">
          <Button
            iconName="script"
            disabled={formatted === null || formatted === value}
            onClick={() => formatted !== null && onChange?.(formatted)}
          >
            Format
          </Button>
          <CheckSummary diagnostics={diagnostics} />
        </SpaceBetween>
      )}
      <EditorLoadBoundary fallback={fallback}>
        <Suspense fallback={<Loading text="Loading editor" />}>
          <MonacoPolicyEditor
            value={value}
            onChange={onChange}
            kind={kind}
            diagnostics={diagnostics}
            readOnly={readOnly}
            ariaLabel={ariaLabel}
            height={height}
            onReady={(handle) => {
              editor.current = handle;
              const pending = pendingReveal.current;
              pendingReveal.current = null;
              if (pending) handle.reveal(pending.line, pending.column);
            }}
          />
        </Suspense>
      </EditorLoadBoundary>
    </SpaceBetween>
  );

  return (
    <SpaceBetween size="xs">
      {hasVisual ? (
        <EditorLoadBoundary fallback={jsonView}>
          <Suspense fallback={<Loading text="Loading editor" />}>
            <EditorTabs
              ariaLabel={`${ariaLabel}: editor view`}
              active={tab}
              onChange={showTab}
              json={<TabBody>{jsonView}</TabBody>}
              visual={
                <TabBody>
                  <VisualView
                    value={value}
                    onChange={onChange}
                    readOnly={readOnly}
                    onEditJson={() => showTab('json')}
                    diagnostics={diagnostics}
                  />
                </TabBody>
              }
            />
          </Suspense>
        </EditorLoadBoundary>
      ) : (
        jsonView
      )}
      <SpaceBetween direction="horizontal" size="m">
        <SizeCounter check={check} />
        {readOnly || tab !== 'json' ? null : (
          <Box variant="small" color="text-body-secondary">
            Tab indents; press Ctrl+M (macOS: Ctrl+Shift+M) to make Tab move focus instead.
          </Box>
        )}
      </SpaceBetween>
      {readOnly ? null : (
        <PolicyDiagnosticsList
          diagnostics={diagnostics}
          onSelect={reveal}
          {...(hasVisual && tab !== 'json' ? { placeOf: (d: Diagnostic) => cardPlace(d.path) } : {})}
        />
      )}
    </SpaceBetween>
  );
}

function TabBody({ children }: { children: ReactNode }) {
  return <Box padding={{ top: 's' }}>{children}</Box>;
}

function Loading({ text }: { text: string }) {
  return (
    <Box padding="l" textAlign="center">
      <Spinner /> {text}
    </Box>
  );
}

function VisualView(props: {
  value: string;
  onChange?: (value: string) => void;
  readOnly: boolean;
  onEditJson: () => void;
  diagnostics: readonly Diagnostic[];
}) {
  const unavailable = (
    <StatusIndicator type="error">The visual editor could not be loaded: use the JSON tab.</StatusIndicator>
  );
  return (
    <SpaceBetween size="s">
      {props.readOnly ? null : <CheckSummary diagnostics={props.diagnostics} />}
      <EditorLoadBoundary fallback={unavailable}>
        <Suspense fallback={<Loading text="Loading visual editor" />}>
          <VisualPolicyEditor
            value={props.value}
            onChange={props.onChange}
            readOnly={props.readOnly}
            onEditJson={props.onEditJson}
          />
        </Suspense>
      </EditorLoadBoundary>
    </SpaceBetween>
  );
}

/** The live findings plus the server's, without repeating one both reported. */
function withExtraDiagnostics(live: Diagnostic[], extra: readonly Diagnostic[] | undefined): Diagnostic[] {
  if (!extra || extra.length === 0) return live;
  const key = (d: Diagnostic) => `${d.code}|${d.range?.start.offset ?? ''}|${d.message}`;
  const seen = new Set(live.map(key));
  return [...live, ...extra.filter((d) => !seen.has(key(d)))];
}

function CheckSummary({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const check = {
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
  };
  if (check.errorCount === 0 && check.warningCount === 0) {
    return <StatusIndicator type="success">No errors</StatusIndicator>;
  }
  return (
    <SpaceBetween direction="horizontal" size="s">
      {check.errorCount > 0 ? (
        <StatusIndicator type="error">
          {check.errorCount} {check.errorCount === 1 ? 'error' : 'errors'}
        </StatusIndicator>
      ) : null}
      {check.warningCount > 0 ? (
        <StatusIndicator type="warning">
          {check.warningCount} {check.warningCount === 1 ? 'warning' : 'warnings'}
        </StatusIndicator>
      ) : null}
    </SpaceBetween>
  );
}

function SizeCounter({ check }: { check: PolicyCheck }) {
  const size = check.size.toLocaleString('en-US');
  if (check.limit === undefined) {
    return (
      <Box variant="small" color="text-body-secondary" data-testid="policy-size">
        Character count: {size}
      </Box>
    );
  }
  const over = check.size > check.limit;
  return (
    <Box variant="small" color={over ? 'text-status-error' : 'text-body-secondary'} data-testid="policy-size">
      <span aria-live="polite">
        Character count: {size} of {check.limit.toLocaleString('en-US')}
        {over ? ' (over the quota: shorten the policy or split it)' : ''}
      </span>
    </Box>
  );
}
