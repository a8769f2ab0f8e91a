import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// Cloudscape's AppLayout imports its feature-notifications drawer (AWS's "what's new", fed only by
// a runtime plugin we never register) and with it a drag-and-drop library: every console page
// paid for it. The console gets an empty stand-in instead (src/app/build/no-feature-notifications.tsx).
const noFeatureNotifications: Plugin = {
  name: 'gatehouse-no-feature-notifications',
  enforce: 'pre',
  resolveId(source, importer) {
    if (
      source.endsWith('/drawer/feature-notifications-drawer-content') &&
      importer?.includes('@cloudscape-design/components/app-layout/')
    ) {
      return fileURLToPath(new URL('./src/app/build/no-feature-notifications.tsx', import.meta.url));
    }
    return null;
  },
};

// The evaluator is consumed from its TypeScript source through the `source` export condition.
// Monaco and its workers are bundled from node_modules (no CDN), see
// src/components/policy-editor/monaco-setup.ts.
// Where `vite dev` / `vite preview` send /api: the Gatehouse server (default port 8080).
const apiTarget = process.env.GATEHOUSE_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [noFeatureNotifications, react()],
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
