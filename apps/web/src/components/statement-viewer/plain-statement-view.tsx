// The statement viewer's fallback when Monaco cannot load: the policy as plain text, the
// statement marked.
import type { Range } from '@gatehouse/evaluator';
import { useEffect, useRef } from 'react';

export function PlainStatementView({ text, range }: { text: string; range?: Range }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => mark.current?.scrollIntoView({ block: 'nearest' }), [range]);
  const start = range?.start.offset ?? 0;
  const end = range?.end.offset ?? 0;
  return (
    <pre
      tabIndex={0}
      style={{
        margin: 0,
        padding: '12px 16px',
        maxHeight: 360,
        overflow: 'auto',
        fontFamily: 'Monaco, Menlo, Consolas, "Courier New", monospace',
        fontSize: 14,
        lineHeight: '20px',
        background: '#f8f8f8',
        border: '1px solid #d1d5db',
        borderRadius: 8,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
      }}
    >
      {text.slice(0, start)}
      {range ? (
        <mark ref={mark} data-testid="highlighted-statement" style={{ background: '#fff3b0' }}>
          {text.slice(start, end)}
        </mark>
      ) : null}
      {text.slice(range ? end : 0)}
    </pre>
  );
}
