// How one node of the organization looks in a table: its icon and link, its id, its e-mail and
// how it joined. Shared by the accounts tree and an OU's children.
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Icon from '@cloudscape-design/components/icon';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { useFollow } from '../../../app/use-follow.js';
import type { OrgNode } from '../org-tree.js';

type Follow = ReturnType<typeof useFollow>;

export const accountHref = (id: string) => `/organizations/accounts/${encodeURIComponent(id)}`;
export const ouHref = (id: string) => `/organizations/organizational-units/${encodeURIComponent(id)}`;

export function nodeHref(node: Pick<OrgNode, 'id' | 'kind'>): string | undefined {
  if (node.kind === 'account') return accountHref(node.id);
  if (node.kind === 'ou') return ouHref(node.id);
  return undefined;
}

export function NodeName({ node, follow }: { node: OrgNode; follow: Follow }) {
  const href = nodeHref(node);
  return (
    <SpaceBetween direction="horizontal" size="xxs" alignItems="center">
      {node.kind === 'account' ? null : <Icon name={node.kind === 'root' ? 'folder-open' : 'folder'} />}
      {href ? (
        <Link href={href} onFollow={follow}>
          {node.name}
        </Link>
      ) : (
        <Box variant="span" fontWeight="bold">
          {node.name}
        </Box>
      )}
      {node.account?.management ? <Badge color="blue">management account</Badge> : null}
    </SpaceBetween>
  );
}

export const KIND_LABELS: Record<OrgNode['kind'], string> = {
  root: 'Root',
  ou: 'Organizational unit',
  account: 'AWS account',
};
