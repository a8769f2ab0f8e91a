// The organization as a tree (Root → OUs → accounts) built from the server's flat lists, and the
// questions the pages ask of it: where a node sits, where an account may move. OUs come before
// accounts, each group by name, as AWS lists them.
import type { OrganizationAccount, OrganizationTree, TargetType } from '../../api/organizations-types.js';

export type OrgNodeKind = 'root' | 'ou' | 'account';

export interface OrgNode {
  id: string;
  kind: OrgNodeKind;
  name: string;
  arn: string;
  parentId?: string;
  /** Present on accounts. */
  account?: OrganizationAccount;
  children: OrgNode[];
}

const byName = (a: OrgNode, b: OrgNode) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

export function buildOrgTree(tree: OrganizationTree): OrgNode {
  const root: OrgNode = {
    id: tree.root.id,
    kind: 'root',
    name: tree.root.name,
    arn: tree.root.arn,
    children: [],
  };
  const containers = new Map<string, OrgNode>([[root.id, root]]);
  for (const ou of tree.organizationalUnits) {
    containers.set(ou.id, {
      id: ou.id,
      kind: 'ou',
      name: ou.name,
      arn: ou.arn,
      parentId: ou.parentId,
      children: [],
    });
  }
  const units: OrgNode[] = [];
  for (const ou of tree.organizationalUnits) {
    const node = containers.get(ou.id)!;
    // An OU whose parent is unknown (a stale answer) still shows, under the root.
    (containers.get(ou.parentId) ?? root).children.push(node);
    units.push(node);
  }
  const accounts: OrgNode[] = tree.accounts.map((account) => ({
    id: account.id,
    kind: 'account',
    name: account.name,
    arn: account.arn,
    parentId: account.parentId,
    account,
    children: [],
  }));
  for (const node of accounts) (containers.get(node.parentId!) ?? root).children.push(node);
  for (const node of containers.values()) {
    const ous = node.children.filter((c) => c.kind === 'ou').sort(byName);
    const accts = node.children.filter((c) => c.kind === 'account').sort(byName);
    node.children = [...ous, ...accts];
  }
  return root;
}

/** Every node, depth first, with its depth (the root is 0). */
export function flattenTree(root: OrgNode): { node: OrgNode; depth: number }[] {
  const out: { node: OrgNode; depth: number }[] = [];
  const walk = (node: OrgNode, depth: number) => {
    out.push({ node, depth });
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return out;
}

export function findNode(root: OrgNode, id: string): OrgNode | undefined {
  return flattenTree(root).find((entry) => entry.node.id === id)?.node;
}

/** The containers from the root down to the node's parent (the node itself left out). */
export function ancestorsOf(root: OrgNode, id: string): OrgNode[] {
  const trail: OrgNode[] = [];
  const walk = (node: OrgNode): boolean => {
    if (node.id === id) return true;
    trail.push(node);
    if (node.children.some(walk)) return true;
    trail.pop();
    return false;
  };
  return walk(root) ? trail : [];
}

/** Where a node sits, as AWS writes it: `Root/workloads/dev` (the node's own name last). */
export function pathText(root: OrgNode, id: string): string {
  const node = findNode(root, id);
  if (!node) return '';
  return [...ancestorsOf(root, id), node].map((n) => n.name).join('/');
}

export interface ContainerOption {
  id: string;
  name: string;
  depth: number;
  kind: 'root' | 'ou';
}

/** The root and every OU, in tree order: the places an account or a new OU can go. */
export function containerOptions(root: OrgNode): ContainerOption[] {
  return flattenTree(root)
    .filter(({ node }) => node.kind !== 'account')
    .map(({ node, depth }) => ({ id: node.id, name: node.name, depth, kind: node.kind as 'root' | 'ou' }));
}

/** Where the selected accounts can move: any container except the one they are all in already. */
export function moveDestinations(root: OrgNode, accounts: readonly OrgNode[]): ContainerOption[] {
  const parents = new Set(accounts.map((a) => a.parentId));
  return containerOptions(root).filter((c) => !(parents.size === 1 && parents.has(c.id)));
}

/** The tree cut down to nodes whose name, id or email contains the text, with their ancestors. */
export function filterTree(root: OrgNode, text: string): OrgNode {
  const needle = text.trim().toLowerCase();
  if (!needle) return root;
  const matches = (n: OrgNode) =>
    n.name.toLowerCase().includes(needle) ||
    n.id.toLowerCase().includes(needle) ||
    (n.account?.email.toLowerCase().includes(needle) ?? false) ||
    (n.account?.alias?.toLowerCase().includes(needle) ?? false);
  const prune = (node: OrgNode): OrgNode | null => {
    const children = node.children.map(prune).filter((c): c is OrgNode => c !== null);
    if (children.length > 0 || matches(node)) return { ...node, children };
    return null;
  };
  return prune(root) ?? { ...root, children: [] };
}

export function targetTypeOf(kind: OrgNodeKind): TargetType {
  if (kind === 'root') return 'ROOT';
  return kind === 'ou' ? 'ORGANIZATIONAL_UNIT' : 'ACCOUNT';
}

/** Every node's path text by id, for labels. */
export function pathsById(root: OrgNode): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (node: OrgNode, prefix: string) => {
    const path = prefix ? `${prefix}/${node.name}` : node.name;
    paths.set(node.id, path);
    for (const child of node.children) walk(child, path);
  };
  walk(root, '');
  return paths;
}

/** How and when an account joined, as AWS's accounts list shows it: `Created 2026/12/07`. */
export function joinedText(node: OrgNode): string {
  const account = node.account;
  if (!account) return '';
  const how = account.joinedMethod === 'CREATED' ? 'Created' : 'Invited';
  return `${how} ${joinedDate(account.joinedTimestamp)}`;
}

export function joinedDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().slice(0, 10).replaceAll('-', '/');
}
