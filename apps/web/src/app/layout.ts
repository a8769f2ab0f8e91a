// How the console lays out a page: list pages (a route whose handle says `contentType: 'table'`)
// use the window's full width, as AWS's console does for its tables; other pages keep
// Cloudscape's default reading width.
import type { AppLayoutProps } from '@cloudscape-design/components/app-layout';

export interface LayoutHandle {
  contentType?: AppLayoutProps.ContentType;
}

/** The content type of the deepest matched route that names one. */
export function contentTypeOf(matches: readonly { handle?: unknown }[]): AppLayoutProps.ContentType {
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle = matches[i]?.handle as LayoutHandle | undefined;
    if (handle?.contentType) return handle.contentType;
  }
  return 'default';
}
