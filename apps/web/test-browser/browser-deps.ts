// Every npm module the console's source imports, for Vite to pre-bundle before the first test.
// Left to discover them as pages load, Vite re-bundles mid-run and reloads the page under test
// ("optimized dependencies changed"): a test then fails or sees two copies of React. Read from
// the source so that a new import needs no edit here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`, for bare specifiers.
const IMPORTS = [
  /^\s*(?:import|export)\b[^;']*?\bfrom\s*'([^'.\s][^'\s]*)'/gm,
  /^\s*import\s*'([^'.\s][^'\s]*)'/gm,
  /\bimport\(\s*'([^'.\s][^'\s]*)'\s*\)/g,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

export function browserDependencies(srcDir: string): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const specifier of IMPORTS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!))) {
      // Workspace packages are served from source; `?worker` imports and CSS are Vite's own.
      const skip =
        specifier.startsWith('@gatehouse/') ||
        specifier.startsWith('node:') ||
        specifier.includes('?') ||
        specifier.endsWith('.css');
      if (!skip) found.add(specifier);
    }
  }
  // What the workspace packages the console imports from source import in turn.
  found.add('@gatehouse/contracts > zod');
  return [...found].sort();
}
