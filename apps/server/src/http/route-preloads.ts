import { readFile, stat } from 'node:fs/promises';

// The console's index.html as the server sends it for one path: with the page's own chunks and
// styles preloaded in the head when the build lists them for that path (a JSON data block,
// `gatehouse-route-chunks`, written by apps/web/vite.config.ts). The browser's preload scanner
// then fetches them with the HTML, instead of after the main script has run and the router has
// asked for the page (which waits for every one of its scripts and styles).

const DATA_BLOCK = /<script type="application\/json" id="gatehouse-route-chunks">([^<]*)<\/script>/;
const ASSET = /^\/assets\/[\w.-]+\.(js|css)$/;

/** For each path the build lists, the HTML with that page's preloads; other paths get `html`. */
export function routeVariants(html: string): Map<string, string> {
  const variants = new Map<string, string>();
  const block = DATA_BLOCK.exec(html)?.[1];
  if (!block || !html.includes('</head>')) return variants;
  let routes: unknown;
  try {
    routes = JSON.parse(block);
  } catch {
    return variants;
  }
  if (!routes || typeof routes !== 'object') return variants;
  for (const [route, files] of Object.entries(routes)) {
    if (!Array.isArray(files)) continue;
    const links = files
      .filter((file): file is string => typeof file === 'string' && ASSET.test(file))
      .map((file) =>
        file.endsWith('.css')
          ? `<link rel="preload" as="style" crossorigin href="${file}">`
          : `<link rel="modulepreload" crossorigin href="${file}">`,
      );
    if (links.length > 0) variants.set(route, html.replace('</head>', `${links.join('\n')}\n</head>`));
  }
  return variants;
}

/** The path a route is listed under: no trailing slash, `/` for the root. */
function routeKey(pathname: string): string {
  return pathname.replace(/\/+$/, '') || '/';
}

/**
 * Reads index.html (again only when the file changes) and answers with the variant for a path.
 * Undefined when the file is missing.
 */
export function indexHtml(file: string): (pathname: string) => Promise<string | undefined> {
  let cached: { mtimeMs: number; html: string; variants: Map<string, string> } | undefined;
  return async (pathname) => {
    let mtimeMs: number;
    try {
      ({ mtimeMs } = await stat(file));
    } catch {
      return undefined;
    }
    if (!cached || cached.mtimeMs !== mtimeMs) {
      const html = await readFile(file, 'utf8');
      cached = { mtimeMs, html, variants: routeVariants(html) };
    }
    return cached.variants.get(routeKey(pathname)) ?? cached.html;
  };
}
