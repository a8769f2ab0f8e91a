// Breadcrumbs from the matched routes' `handle.crumb`, starting at the service name as in the
// AWS console ("IAM > Users > alice").
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import { useEffect } from 'react';
import { useMatches } from 'react-router';
import { useFollow } from './use-follow.js';

export interface Crumb {
  text: string;
  href: string;
}

interface CrumbHandle {
  crumb?: (params: Record<string, string | undefined>) => Crumb;
}

export function Breadcrumbs() {
  const matches = useMatches();
  const follow = useFollow();
  const items: Crumb[] = [{ text: 'IAM', href: '/' }];
  for (const match of matches) {
    const make = (match.handle as CrumbHandle | undefined)?.crumb;
    if (!make) continue;
    const next = make(match.params);
    if (next.href === '/' || items.some((c) => c.href === next.href)) continue;
    items.push(next);
  }
  if (items.length === 1) items.push({ text: 'Dashboard', href: '/' });
  const title = items[items.length - 1]!.text;
  useEffect(() => {
    // Each page has its own title (WCAG 2.4.2), like the AWS console's "Users | IAM".
    document.title = `${title} | Gatehouse IAM`;
  }, [title]);
  return (
    <BreadcrumbGroup items={items} ariaLabel="Breadcrumbs" expandAriaLabel="Show path" onFollow={follow} />
  );
}
