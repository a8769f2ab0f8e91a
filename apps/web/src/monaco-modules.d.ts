// Monaco's core-only entry (no language bundles) ships without a declaration file; it exports
// exactly the editor API.
declare module 'monaco-editor/esm/vs/editor/edcore.main.js' {
  export * from 'monaco-editor/esm/vs/editor/editor.api.js';
}
