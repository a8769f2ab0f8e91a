// A policy shown, not edited: the text laid out as the editor's Format would, in a labelled
// region. Plain text rather than a read-only Monaco: every line is in the page (Monaco renders
// only the lines in view), screen readers read it as it is, and no editor chunk is loaded.
import { formatPolicyText } from '../policy-editor/format-policy-text.js';

interface PolicyDocumentViewProps {
  document: string;
  /** Names the region, e.g. "Trust policy". */
  label: string;
  testId?: string;
  maxHeight?: number;
}

export function PolicyDocumentView({ document, label, testId, maxHeight = 480 }: PolicyDocumentViewProps) {
  const text = formatPolicyText(document) ?? document;
  return (
    <div role="region" aria-label={label} data-testid={testId}>
      <pre
        tabIndex={0}
        style={{
          margin: 0,
          padding: '12px 16px',
          maxHeight,
          overflow: 'auto',
          fontFamily: 'Monaco, Menlo, Consolas, "Courier Prime", Courier, "Courier New", monospace',
          fontSize: 14,
          lineHeight: '20px',
          background: '#f8f8f8',
          color: '#16191f',
          border: '1px solid #d1d5db',
          borderRadius: 8,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
        }}
      >
        {text}
      </pre>
    </div>
  );
}
