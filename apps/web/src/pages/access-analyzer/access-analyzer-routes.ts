// The Access Analyzer pages, under `/access-analyzer` (the router mounts them), each its own
// lazily loaded chunk; breadcrumbs read `handle.crumb` as everywhere in the console.
import type { RouteObject } from 'react-router';

type Params = Record<string, string | undefined>;
const crumb = (fn: (p: Params) => { text: string; href: string }) => ({ crumb: fn });

export const accessAnalyzerRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('./findings-page.js')).FindingsPage }),
  },
  {
    path: 'findings/:id',
    handle: crumb((p) => ({ text: p.id ?? '', href: `/access-analyzer/findings/${p.id ?? ''}` })),
    lazy: async () => ({ Component: (await import('./finding-detail-page.js')).FindingDetailPage }),
  },
  {
    path: 'archive-rules',
    handle: crumb(() => ({ text: 'Archive rules', href: '/access-analyzer/archive-rules' })),
    lazy: async () => ({ Component: (await import('./archive-rules-page.js')).ArchiveRulesPage }),
  },
  {
    path: 'generate-policy',
    handle: crumb(() => ({ text: 'Generate policy', href: '/access-analyzer/generate-policy' })),
    lazy: async () => ({ Component: (await import('./generate-policy-page.js')).GeneratePolicyPage }),
  },
];
