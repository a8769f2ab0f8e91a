// The diagnostics as text under the editor: readable by screen readers (squiggles are not), and
// each one jumps to its place in the editor. Findings from the AWS service reference carry a
// "Catalog" label, so users can tell them from the policy grammar's own errors and warnings.
// Under the Visual tab a finding names its card and field (`placeOf`) instead of a line and column.
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { Diagnostic } from '@gatehouse/evaluator';
import { isCatalogFinding } from '../policy-validation/catalog-finding-codes.js';

const STATUS = { error: 'error', warning: 'warning', info: 'info' } as const;

export function PolicyDiagnosticsList({
  diagnostics,
  onSelect,
  placeOf,
}: {
  diagnostics: readonly Diagnostic[];
  onSelect: (line: number, column: number) => void;
  /** Where a finding is in words (`Statement 2 · Resources`), shown instead of its line and column. */
  placeOf?: (diagnostic: Diagnostic) => string;
}) {
  if (diagnostics.length === 0) return null;
  const catalogCount = diagnostics.filter(isCatalogFinding).length;
  return (
    <SpaceBetween size="xxs">
      <ul aria-label="Policy validation findings" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {diagnostics.map((d, index) => (
          <li key={`${d.code}-${index}`} style={{ padding: '2px 0' }} data-code={d.code}>
            <StatusIndicator type={STATUS[d.severity]}>
              {isCatalogFinding(d) ? (
                <>
                  <Badge color="grey">Catalog</Badge>{' '}
                </>
              ) : null}
              {placeOf ? (
                <Box variant="span" fontWeight="bold">
                  {placeOf(d)}:{' '}
                </Box>
              ) : d.range ? (
                <Link
                  variant="secondary"
                  onFollow={() => onSelect(d.range!.start.line, d.range!.start.column)}
                >
                  Ln {d.range.start.line}, Col {d.range.start.column}
                </Link>
              ) : null}
              {!placeOf && d.range ? ': ' : ''}
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
      {catalogCount > 0 ? (
        <Box variant="small" color="text-body-secondary">
          Catalog findings come from the AWS service reference that Gatehouse ships. They are warnings: IAM
          accepts names newer than the reference, so they do not block saving.
        </Box>
      ) : null}
    </SpaceBetween>
  );
}
