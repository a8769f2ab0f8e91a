import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Parts of Cloudscape that no Gatehouse page can reach, swapped at build time for what actually
// renders (scripts/bundle-report.mjs shows what each chunk holds):
// - AppLayout's feature-notifications drawer (AWS's "what's new", fed only by a runtime plugin we
//   never register) and with it a drag-and-drop library: an empty stand-in
//   (src/app/build/no-feature-notifications.tsx).
// - AppLayout's classic and "toolbar" designs: this Cloudscape build always uses visual refresh
//   (ALWAYS_VISUAL_REFRESH), and the toolbar design only turns on with a global flag AWS's own
//   console sets. AppLayout chooses at run time, so both (~20 KB gzip) shipped with every console
//   page; their imports resolve to the visual-refresh design (same props) instead.
// - intl-messageformat, the ICU parser Cloudscape's error boundary uses to format a translated
//   description (~9 KB gzip). Gatehouse has no I18nProvider and passes no description; the
//   stand-in returns the text as is, which is also Cloudscape's own fallback
//   (src/app/build/plain-message-format.ts).
const standIn = (file: string) => fileURLToPath(new URL(`./src/app/build/${file}`, import.meta.url));
const cloudscapeStandIns: Plugin = {
  name: 'gatehouse-cloudscape-stand-ins',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer?.includes('@cloudscape-design/components/')) return null;
    if (
      source.endsWith('/drawer/feature-notifications-drawer-content') &&
      importer.includes('@cloudscape-design/components/app-layout/')
    ) {
      return standIn('no-feature-notifications.tsx');
    }
    if (
      (source === './classic' || source === './visual-refresh-toolbar') &&
      /@cloudscape-design\/components\/app-layout\/internal\.js$/.test(importer)
    ) {
      return path.join(path.dirname(importer), 'visual-refresh', 'index.js');
    }
    if (source === 'intl-messageformat') return standIn('plain-message-format.ts');
    return null;
  },
};

// Cloudscape's global styles carry their eight Open Sans faces inline, as base64 in the one
// stylesheet every page blocks on (~180 KB of its 496 KB, 140 of its 180 KB gzip). Chromium
// decodes data: fonts on the main thread while it lays out the first text: in a trace of /users
// that layout took 103 ms, and the early requests' script could not run until it ended (22 ms with
// font files). The build writes each face to a file of its own instead (a font asset, cached for
// a year like the rest), so a page fetches only the faces it uses, and the two every page uses are
// preloaded (earlyRequests below). The faces are unchanged; `font-display: block` is what browsers
// do for them by default, made explicit.
const FONT_DIR = fileURLToPath(new URL('./node_modules/.cache/gatehouse-fonts/', import.meta.url));
const cloudscapeFonts: Plugin = {
  name: 'gatehouse-cloudscape-fonts',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!/@cloudscape-design[\\/]global-styles[\\/]index\.css$/.test(id)) return null;
    mkdirSync(FONT_DIR, { recursive: true });
    let faces = 0;
    const css = code.replace(
      /@font-face\s*\{([^}]*?)src:\s*url\('data:font\/woff2;base64,([A-Za-z0-9+/=]+)'\)\s*format\('woff2'\);?([^}]*)\}/g,
      (_face, before: string, base64: string, after: string) => {
        const font = Buffer.from(base64, 'base64');
        const weight = /font-weight:\s*(\d+)/.exec(before + after)?.[1] ?? 'normal';
        const style = /font-style:\s*(\w+)/.exec(before + after)?.[1] ?? 'normal';
        const file = path.join(FONT_DIR, `open-sans-${weight}-${style}.woff2`);
        writeFileSync(file, font);
        faces++;
        const url = path.relative(path.dirname(id), file).split(path.sep).join('/');
        return `@font-face {${before}src: url('${url}') format('woff2');\n  font-display: block;${after}}`;
      },
    );
    if (faces !== 8) this.warn(`expected Open Sans's 8 faces inline in ${id}, found ${faces}`);
    return { code: css, map: null };
  },
};

// The page's first data requests (src/app/early-requests.ts) in a small chunk of their own, with
// no imports (its few helpers are in it): the HTML head loads it async and at high priority, so it
// runs as soon as it arrives, while the main script (React, the router) still downloads and runs,
// and whoami and the /users list are on their way ~0.3–0.5 s sooner. main.tsx imports the same
// chunk, so the module runs once whichever comes first, and `vite dev` behaves the same.
// The same plugin groups the first visit's chunks, preloads the console shell from the HTML and
// lists each first page's chunks for the server to preload.
const EARLY_REQUESTS = fileURLToPath(new URL('./src/app/early-requests.ts', import.meta.url));
// Fewer, larger chunks for what a first visit loads (codeSplitting groups below): over HTTP/1.1 a
// browser fetches six files at a time from one server, and the page's first data waits behind
// them. Each group holds what its root imports statically, recursively, and no earlier group
// took: the console shell (every console page), then the parts of the users list outside
// src/pages (Cloudscape's table, filter, pagination and our list helpers: most list pages load
// the same), then the dashboard's. Pages keep their own chunks. A group takes only the modules
// named here (not their dependencies as well, Rolldown's default, which would pull the list
// page's parts into the dashboard's chunk). scripts/bundle-size.mjs keeps every route within its
// budget.
const CHUNK_GROUPS: { name: string; root: string; pagesToo: boolean }[] = [
  { name: 'console-shell', root: '/src/app/console-layout.tsx', pagesToo: true },
  { name: 'list-page', root: '/src/pages/users/users-page.tsx', pagesToo: false },
  { name: 'dashboard-parts', root: '/src/pages/dashboard/dashboard-page.tsx', pagesToo: false },
];
const chunkGroupOf = new Map<string, string>();
/** The pages whose chunks the server preloads for their path (see routeFiles below). */
const ROUTE_PAGES: Record<string, string> = {
  '/': 'dashboard/dashboard-page.tsx',
  '/users': 'users/users-page.tsx',
  '/groups': 'groups/groups-page.tsx',
  '/roles': 'roles/roles-page.tsx',
  '/policies': 'policies/policies-page.tsx',
};
const earlyRequests: Plugin = {
  name: 'gatehouse-early-requests',
  apply: 'build',
  config: () => ({
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The module and what it imports, recursively, in one chunk.
              { name: 'early-requests', test: (id: string) => id === EARLY_REQUESTS, priority: 3 },
              { name: 'main', tags: ['$initial'], priority: 2 },
              {
                name: (id: string) => chunkGroupOf.get(id) ?? null,
                test: (id: string) => chunkGroupOf.has(id),
                priority: 1,
                includeDependenciesRecursively: false,
              },
            ],
          },
        },
      },
    },
  }),
  buildEnd() {
    const ids = [...this.getModuleIds()];
    for (const group of CHUNK_GROUPS) {
      const root = ids.find((id) => id.endsWith(group.root));
      const seen = new Set<string>();
      const visit = (id: string) => {
        if (seen.has(id) || (chunkGroupOf.has(id) && chunkGroupOf.get(id) !== group.name)) return;
        seen.add(id);
        if (group.pagesToo || !id.includes('/src/pages/')) chunkGroupOf.set(id, group.name);
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep);
      };
      if (root) visit(root);
    }
  },
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
      const early = chunks.find((c) => c.moduleIds.includes(EARLY_REQUESTS));
      if (!early) return [];
      // A chain of imports would put the requests behind the page's other downloads again.
      if (early.imports.length > 0) {
        throw new Error(
          `${early.fileName} (early requests) must import nothing, but imports ${early.imports.join(', ')}`,
        );
      }
      const tags: HtmlTagDescriptor[] = [
        {
          tag: 'script',
          attrs: {
            type: 'module',
            async: true,
            fetchpriority: 'high',
            crossorigin: true,
            src: `/${early.fileName}`,
          },
          injectTo: 'head-prepend',
        },
      ];
      // The console shell (AppLayout, navigation) is what every console page loads next, and what
      // a sign-in page leads to: its chunks download while the main script runs instead of after.
      const shell = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('/src/app/console-layout.tsx')));
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const files = new Set<string>();
      const css = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = byName.get(fileName);
        if (!chunk || files.has(fileName)) return;
        files.add(fileName);
        for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
        for (const dep of chunk.imports) visit(dep);
      };
      if (shell) visit(shell.fileName);
      // The pages a visit often starts on: each one's chunks and styles, which the server
      // preloads in the HTML it sends for that path (apps/server/src/http/route-preloads.ts), in
      // a data block: the browser fetches them with the HTML instead of after the router has
      // asked for the page (whose import waits for every one of its scripts and styles).
      const routeFiles: Record<string, string[]> = {};
      for (const [route, page] of Object.entries(ROUTE_PAGES)) {
        const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(`/src/pages/${page}`));
        if (!chunk) continue;
        const seen = new Set<string>();
        const styles = new Set<string>();
        const walk = (fileName: string) => {
          const c = byName.get(fileName);
          if (!c || seen.has(fileName) || files.has(fileName) || html.includes(`/${fileName}"`)) return;
          seen.add(fileName);
          for (const file of c.viteMetadata?.importedCss ?? []) {
            if (!css.has(file) && !html.includes(`/${file}"`)) styles.add(file);
          }
          for (const dep of c.imports) walk(dep);
        };
        walk(chunk.fileName);
        routeFiles[route] = [...seen, ...styles].map((f) => `/${f}`);
      }
      tags.unshift({
        tag: 'script',
        attrs: { type: 'application/json', id: 'gatehouse-route-chunks' },
        children: JSON.stringify(routeFiles),
        injectTo: 'head-prepend',
      });
      for (const file of files) {
        if (html.includes(`/${file}"`)) continue;
        tags.push({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head',
        });
      }
      for (const file of css) {
        if (html.includes(`/${file}"`)) continue;
        tags.push({
          tag: 'link',
          attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` },
          injectTo: 'head',
        });
      }
      // The two faces every console page shows text in (body text, headings): fetched with the
      // HTML rather than when the first text is laid out (cloudscapeFonts above).
      for (const face of ['open-sans-400-normal', 'open-sans-700-normal']) {
        const font = Object.values(ctx.bundle ?? {}).find(
          (a) => a.type === 'asset' && a.names.includes(`${face}.woff2`),
        );
        if (!font) continue;
        tags.push({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            crossorigin: true,
            href: `/${font.fileName}`,
          },
          injectTo: 'head',
        });
      }
      return tags;
    },
  },
};

// The evaluator is consumed from its TypeScript source through the `source` export condition.
// Monaco and its workers are bundled from node_modules (no CDN), see
// src/components/policy-editor/monaco-setup.ts.
// Where `vite dev` / `vite preview` send /api: the Gatehouse server (default port 8080).
const apiTarget = process.env.GATEHOUSE_API_URL ?? 'http://localhost:8080';

// React Router publishes its production build beside the development one (which checks and warns
// as it routes) but exports only the development build: `vite build` uses the production one.
const reactRouterDist = path.join(
  path.dirname(require.resolve('react-router/package.json')),
  'dist',
  'production',
);
const reactRouterProduction: Plugin = {
  name: 'gatehouse-react-router-production',
  apply: 'build',
  config: () => ({
    resolve: {
      alias: [
        { find: /^react-router$/, replacement: path.join(reactRouterDist, 'index.mjs') },
        { find: /^react-router\/dom$/, replacement: path.join(reactRouterDist, 'dom-export.mjs') },
      ],
    },
  }),
};

export default defineConfig({
  plugins: [cloudscapeStandIns, cloudscapeFonts, earlyRequests, reactRouterProduction, react()],
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
