// The policy editor used wherever a policy is written: Monaco with IAM completion, the shared
// evaluator's live diagnostics as markers and as a list, a Format button and the size quota.
// Monaco loads lazily; if it cannot load, a plain text area keeps the page usable.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Textarea from '@cloudscape-design/components/textarea';
import type { Diagnostic, PolicyKind } from '@gatehouse/evaluator';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { EditorLoadBoundary } from './editor-load-boundary.js';
import { formatPolicyText } from './format-policy-text.js';
import type { EditorHandle } from './monaco-policy-editor.js';
import { PolicyDiagnosticsList } from './policy-diagnostics-list.js';
import type { PolicyCheck } from './check-policy.js';
import { usePolicyCheck } from './use-policy-check.js';

const MonacoPolicyEditor = lazy(async () => ({
  default: (await import('./monaco-policy-editor.js')).MonacoPolicyEditor,
}));

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

  return (
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
        <Suspense
          fallback={
            <Box padding="l" textAlign="center">
              <Spinner /> Loading editor
            </Box>
          }
        >
          <MonacoPolicyEditor
            value={value}
            onChange={onChange}
            kind={kind}
            diagnostics={diagnostics}
            readOnly={readOnly}
            ariaLabel={ariaLabel}
            height={height}
            onReady={(handle) => (editor.current = handle)}
          />
        </Suspense>
      </EditorLoadBoundary>
      <SpaceBetween direction="horizontal" size="m">
        <SizeCounter check={check} />
        {readOnly ? null : (
          <Box variant="small" color="text-body-secondary">
            Tab indents; press Ctrl+M (macOS: Ctrl+Shift+M) to make Tab move focus instead.
          </Box>
        )}
      </SpaceBetween>
      {readOnly ? null : (
        <PolicyDiagnosticsList
          diagnostics={diagnostics}
          onSelect={(line, column) => editor.current?.reveal(line, column)}
        />
      )}
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
