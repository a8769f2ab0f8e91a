// Monaco, bundled from node_modules (no CDN), with only what the policy editor uses: the core
// editor, the diff editor and the JSON language. Its workers are Vite `?worker` imports, so they
// are files of our own origin (CSP `worker-src 'self' blob:`) and need no eval. This module is
// only imported from the lazily loaded editor components, so Monaco is its own chunk.
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js';
import * as jsonContribution from 'monaco-editor/esm/vs/language/json/monaco.contribution.js';
import type { json } from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import type { PolicyKind } from '@gatehouse/evaluator';
import { iamPolicySchema, schemaFileMatch } from './iam-policy-schema.js';

const KINDS: PolicyKind[] = ['identity', 'resource', 'trust', 'boundary', 'scp'];

// The contribution module's own declaration file is empty; its exports are the `json` namespace's.
const { jsonDefaults } = jsonContribution as unknown as typeof json;

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: KINDS.map((kind) => ({
    uri: `https://gatehouse.invalid/schemas/${kind}-policy.json`,
    fileMatch: [schemaFileMatch(kind)],
    schema: iamPolicySchema(kind),
  })),
});

// The JSON worker still provides completion, hovers, folding and formatting from the schema;
// its diagnostics are off because the evaluator's are the ones that count (one source of truth).
jsonDefaults.setModeConfiguration({
  documentFormattingEdits: true,
  documentRangeFormattingEdits: true,
  completionItems: true,
  hovers: true,
  documentSymbols: true,
  tokens: true,
  colors: false,
  foldingRanges: true,
  diagnostics: false,
  selectionRanges: true,
});

let nextModel = 0;

/** A fresh model whose URI selects the schema of `kind`. */
export function createPolicyModel(text: string, kind: PolicyKind): monaco.editor.ITextModel {
  const uri = monaco.Uri.parse(`inmemory://policy/${++nextModel}.${kind}.policy.json`);
  return monaco.editor.createModel(text, 'json', uri);
}

export { monaco };
