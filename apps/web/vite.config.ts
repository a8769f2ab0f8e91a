import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// The evaluator is consumed from its TypeScript source through the `source` export condition.
// Monaco and its workers are bundled from node_modules (no CDN), see
// src/components/policy-editor/monaco-setup.ts.
// Where `vite dev` / `vite preview` send /api: the Gatehouse server (default port 8080).
const apiTarget = process.env.GATEHOUSE_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: read by scripts/bundle-size.mjs to report what each route loads.
    manifest: true,
    chunkSizeWarningLimit: 4000,
  },
  worker: {
    format: 'es',
  },
});
