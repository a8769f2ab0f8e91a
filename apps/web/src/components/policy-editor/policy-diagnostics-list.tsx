// The diagnostics as text under the editor: readable by screen readers (squiggles are not), and
// each one jumps to its place in the editor.
import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { Diagnostic } from '@gatehouse/evaluator';

const STATUS = { error: 'error', warning: 'warning', info: 'info' } as const;

export function PolicyDiagnosticsList({
  diagnostics,
  onSelect,
}: {
  diagnostics: readonly Diagnostic[];
  onSelect: (line: number, column: number) => void;
}) {
  if (diagnostics.length === 0) return null;
  return (
    <ul aria-label="Policy validation findings" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {diagnostics.map((d, index) => (
        <li key={`${d.code}-${index}`} style={{ padding: '2px 0' }}>
          <StatusIndicator type={STATUS[d.severity]}>
            {d.range ? (
              <Link variant="secondary" onFollow={() => onSelect(d.range!.start.line, d.range!.start.column)}>
                Ln {d.range.start.line}, Col {d.range.start.column}
              </Link>
            ) : null}
            {d.range ? ': ' : ''}
            {d.message}
            {d.help ? (
              <Box variant="small" color="text-body-secondary" display="block">
                help: {d.help}
              </Box>
            ) : null}
          </StatusIndicator>
        </li>
      ))}
    </ul>
  );
}
