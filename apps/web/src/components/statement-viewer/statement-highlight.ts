// The marked statement of a read-only policy (the simulator's "View statement"): whole-line
// decorations with a clear background and a gutter bar, revealed in the centre of the editor.
// Only imported by policy-editor/monaco-policy-editor.tsx, so it lives in Monaco's lazy chunk.
import type { Range } from '@gatehouse/evaluator';
import { monaco } from '../policy-editor/monaco-setup.js';
import { numberSpans } from './number-spans.js';

/** Class of each highlighted line's background (e2e tests look for it). */
export const HIGHLIGHT_LINE_CLASS = 'gatehouse-highlighted-statement';
const GUTTER_CLASS = 'gatehouse-highlighted-statement-gutter';

const NUMBER_CLASS = 'gatehouse-highlighted-number';

// On this pale yellow, the JSON tokens of Monaco's light theme keep 7:1 (keys #0451a5, strings
// #a31515, true/false #0000ff) except its number green #098658 (4.2:1): numbers in the
// statement get a darker green (5.6:1). The gutter bar is 5.3:1 against white, above the 3:1
// asked of a graphic.
const CSS = `
.monaco-editor .${HIGHLIGHT_LINE_CLASS} { background-color: #fff6cc; }
.monaco-editor .${GUTTER_CLASS} { background-color: #8a6500; width: 4px !important; margin-left: 4px; }
.monaco-editor .view-line span.${NUMBER_CLASS} { color: #07704a !important; }
`;

function ensureStyle() {
  if (document.getElementById(HIGHLIGHT_LINE_CLASS)) return;
  const style = document.createElement('style');
  style.id = HIGHLIGHT_LINE_CLASS;
  style.textContent = CSS;
  document.head.appendChild(style);
}

/** Also turns off the model's bracket pair colours: their green falls under 4.5:1 on the highlight. */
export function highlightDecorations(
  model: monaco.editor.ITextModel,
  range: Range,
): monaco.editor.IModelDeltaDecoration[] {
  ensureStyle();
  model.updateOptions({
    bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
  });
  const numbers = numberSpans(model.getValue(), range.start.offset, range.end.offset).map(
    ([start, end]): monaco.editor.IModelDeltaDecoration => ({
      range: monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end)),
      options: { inlineClassName: NUMBER_CLASS },
    }),
  );
  return [
    ...numbers,
    {
      range: new monaco.Range(range.start.line, 1, range.end.line, 1),
      options: {
        isWholeLine: true,
        className: HIGHLIGHT_LINE_CLASS,
        linesDecorationsClassName: GUTTER_CLASS,
        overviewRuler: { color: '#8a6500', position: monaco.editor.OverviewRulerLane.Full },
      },
    },
  ];
}

/**
 * Scrolls the lines to the centre now, and again once the editor has its real size (in a modal
 * that is still opening, the first layout can be zero high). Returns the unsubscribe.
 */
export function revealHighlight(editor: monaco.editor.IStandaloneCodeEditor, range: Range): () => void {
  const reveal = () =>
    editor.revealLinesInCenter(range.start.line, range.end.line, monaco.editor.ScrollType.Immediate);
  reveal();
  let revealed = editor.getLayoutInfo().height > 0;
  const sub = editor.onDidLayoutChange((layout) => {
    if (revealed || layout.height === 0) return;
    revealed = true;
    reveal();
  });
  return () => sub.dispose();
}
