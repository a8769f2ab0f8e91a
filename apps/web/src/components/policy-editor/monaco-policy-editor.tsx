// The Monaco surface of the policy editor (lazily loaded: it pulls in Monaco). The wrapper
// (policy-editor.tsx) owns the value and the evaluator's diagnostics; this only mirrors them.
import type { Diagnostic, PolicyKind, Range } from '@gatehouse/evaluator';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { setCompletionCatalog } from './monaco-catalog-providers.js';
import { queryCatalogSource } from './query-catalog-source.js';
import { diagnosticsToMarkers, MARKER_SOURCE } from './diagnostics-to-markers.js';
import { createPolicyModel, monaco } from './monaco-setup.js';
import { highlightDecorations, revealHighlight } from '../statement-viewer/statement-highlight.js';

export interface EditorHandle {
  /** Moves the cursor to a position and scrolls it into view. */
  reveal(line: number, column: number): void;
}

export interface MonacoPolicyEditorProps {
  value: string;
  onChange?: (value: string) => void;
  kind: PolicyKind;
  diagnostics: readonly Diagnostic[];
  readOnly?: boolean;
  ariaLabel: string;
  height: number;
  onReady?: (handle: EditorHandle) => void;
  /** Lines to mark (whole lines: background and a gutter bar) and scroll to the centre. */
  highlight?: Range;
}

export function MonacoPolicyEditor(props: MonacoPolicyEditorProps) {
  const { value, kind, diagnostics, readOnly = false, ariaLabel, height, highlight } = props;
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const applyingValue = useRef(false);
  const latest = useRef(props);
  latest.current = props;
  // Completion of action names, ARNs and condition keys, and hovers, from the service catalog.
  const client = useQueryClient();
  const catalog = useMemo(() => queryCatalogSource(client), [client]);
  useEffect(() => setCompletionCatalog(catalog), [catalog]);

  useEffect(() => {
    if (!container.current) return;
    const model = createPolicyModel(latest.current.value, kind);
    const editor = monaco.editor.create(container.current, {
      model,
      ariaLabel,
      readOnly,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 14,
      tabSize: 2,
      insertSpaces: true,
      wordWrap: 'on',
      fixedOverflowWidgets: true,
      renderValidationDecorations: 'on',
      // Monaco dims the number of a trailing empty line below WCAG contrast (axe: color-contrast).
      renderFinalNewline: 'on',
      quickSuggestions: { strings: true, other: true, comments: false },
      // Pinned parent lines would cover the top of a highlighted statement.
      stickyScroll: { enabled: latest.current.highlight === undefined },
    });
    editorRef.current = editor;
    const subscription = model.onDidChangeContent(() => {
      if (!applyingValue.current) latest.current.onChange?.(model.getValue());
    });
    latest.current.onReady?.({
      reveal(line, column) {
        editor.setPosition({ lineNumber: line, column });
        editor.revealPositionInCenter({ lineNumber: line, column });
        editor.focus();
      },
    });
    return () => {
      subscription.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The editor is built once per kind; value, options and markers are synced by the effects below.
  }, [kind]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() === value) return;
    // An edit (not setValue) so the user's undo history survives a "Format" or a reset.
    applyingValue.current = true;
    try {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    } finally {
      applyingValue.current = false;
    }
  }, [value]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, ariaLabel });
  }, [readOnly, ariaLabel]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(model, MARKER_SOURCE, diagnosticsToMarkers(diagnostics, model));
  }, [diagnostics, value]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || !highlight) return;
    const decorations = editor.createDecorationsCollection(highlightDecorations(model, highlight));
    const stopRevealing = revealHighlight(editor, highlight);
    return () => {
      stopRevealing();
      decorations.clear();
    };
  }, [highlight?.start.offset, highlight?.end.offset, value]);

  return (
    <div
      ref={container}
      style={{ height, border: '1px solid #8c8c94', borderRadius: 8, overflow: 'hidden' }}
    />
  );
}
