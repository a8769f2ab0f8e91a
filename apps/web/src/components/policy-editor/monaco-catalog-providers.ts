// Monaco's completion and hover providers for policy models, fed by the AWS service catalog
// (`catalog-completions.ts`). Registered once for the JSON language and answering only for the
// policy editor's own models; the catalog comes from whichever editor was mounted last (all of
// them share the app's one query cache).
import type { CatalogSource, PolicySuggestion } from './catalog-completions.js';
import { policyCompletions, policyHover } from './catalog-completions.js';
import { monaco } from './monaco-setup.js';

let source: CatalogSource | undefined;
let installed = false;

const KINDS: Record<PolicySuggestion['kind'], monaco.languages.CompletionItemKind> = {
  service: monaco.languages.CompletionItemKind.Module,
  action: monaco.languages.CompletionItemKind.Function,
  resource: monaco.languages.CompletionItemKind.Reference,
  'condition-key': monaco.languages.CompletionItemKind.Property,
};

/** Models made by `createPolicyModel` (`inmemory://policy/<n>.<kind>.policy.json`). */
const isPolicyModel = (model: monaco.editor.ITextModel) =>
  model.uri.scheme === 'inmemory' && model.uri.authority === 'policy';

/** Installs the providers (once) and points them at `next`. */
export function setCompletionCatalog(next: CatalogSource): void {
  source = next;
  if (installed) return;
  installed = true;
  monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"', ':'],
    async provideCompletionItems(model, position) {
      if (!source || !isPolicyModel(model)) return { suggestions: [] };
      const result = await policyCompletions(model.getValue(), model.getOffsetAt(position), source);
      if (!result || model.isDisposed()) return { suggestions: [] };
      const start = model.getPositionAt(result.from);
      const range = new monaco.Range(start.lineNumber, start.column, position.lineNumber, position.column);
      return {
        suggestions: result.suggestions.map((s, i) => ({
          label: s.label,
          kind: KINDS[s.kind],
          insertText: s.insertText,
          filterText: s.label,
          sortText: String(i).padStart(6, '0'),
          range,
          ...(s.detail ? { detail: s.detail } : {}),
          ...(s.documentation ? { documentation: { value: s.documentation } } : {}),
          ...(s.snippet
            ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet }
            : {}),
          ...(s.retrigger ? { command: { id: 'editor.action.triggerSuggest', title: 'Suggest' } } : {}),
        })),
      };
    },
  });
  monaco.languages.registerHoverProvider('json', {
    async provideHover(model, position) {
      if (!source || !isPolicyModel(model)) return null;
      const hover = await policyHover(model.getValue(), model.getOffsetAt(position), source);
      if (!hover || model.isDisposed()) return null;
      const from = model.getPositionAt(hover.from);
      const to = model.getPositionAt(hover.to);
      return {
        range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column),
        contents: hover.contents.map((value) => ({ value })),
      };
    },
  });
}
