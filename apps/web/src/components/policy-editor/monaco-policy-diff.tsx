// The Monaco side of PolicyDiffView (lazily loaded): a read-only side-by-side diff.
import { useEffect, useRef } from 'react';
import { createPolicyModel, monaco } from './monaco-setup.js';

export interface MonacoPolicyDiffProps {
  original: string;
  modified: string;
  height: number;
  ariaLabel: string;
}

export function MonacoPolicyDiff({ original, modified, height, ariaLabel }: MonacoPolicyDiffProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const originalModel = createPolicyModel(original, 'identity');
    const modifiedModel = createPolicyModel(modified, 'identity');
    const editor = monaco.editor.createDiffEditor(container.current, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 14,
      renderFinalNewline: 'on',
      ariaLabel,
      originalAriaLabel: `${ariaLabel}: earlier version`,
      modifiedAriaLabel: `${ariaLabel}: later version`,
    });
    editor.setModel({ original: originalModel, modified: modifiedModel });
    return () => {
      editor.dispose();
      originalModel.dispose();
      modifiedModel.dispose();
    };
  }, [original, modified, ariaLabel]);

  return (
    <div
      ref={container}
      style={{ height, border: '1px solid #8c8c94', borderRadius: 8, overflow: 'hidden' }}
    />
  );
}
