import { describe, expect, it } from 'vitest';
import type { OrganizationTree } from '../../api/organizations-types.js';
import {
  ancestorsOf,
  buildOrgTree,
  containerOptions,
  filterTree,
  joinedDate,
  joinedText,
  findNode,
  flattenTree,
  moveDestinations,
  pathsById,
  pathText,
} from './org-tree.js';

const ou = (id: string, name: string, parentId: string) => ({ id, name, parentId, arn: `arn:ou/${id}` });
const account = (id: string, name: string, parentId: string, management = false) => ({
  id,
  name,
  parentId,
  management,
  arn: `arn:account/${id}`,
  email: `${name}@example.com`,
  alias: null,
  status: 'ACTIVE' as const,
  joinedMethod: 'CREATED' as const,
  joinedTimestamp: '2026-12-07T00:00:00Z',
});

// Root ─ security (OU) ─ security (account)
//      ─ workloads (OU) ─ dev, prod
//      ─ management (account)
const TREE: OrganizationTree = {
  root: { id: 'r-ab12', arn: 'arn:root', name: 'Root', policyTypes: [] },
  organizationalUnits: [ou('ou-ab12-work', 'workloads', 'r-ab12'), ou('ou-ab12-secu', 'security', 'r-ab12')],
  accounts: [
    account('111111111111', 'prod', 'ou-ab12-work'),
    account('000000000000', 'management', 'r-ab12', true),
    account('222222222222', 'dev', 'ou-ab12-work'),
    account('333333333333', 'security', 'ou-ab12-secu'),
  ],
};

const names = (nodes: { name: string }[]) => nodes.map((n) => n.name);

describe('buildOrgTree', () => {
  const root = buildOrgTree(TREE);

  it('puts OUs before accounts, each by name, as AWS lists them', () => {
    expect(names(root.children)).toEqual(['security', 'workloads', 'management']);
    expect(names(findNode(root, 'ou-ab12-work')!.children)).toEqual(['dev', 'prod']);
  });

  it('keeps an account whose parent is unknown visible under the root', () => {
    const stale = buildOrgTree({ ...TREE, accounts: [account('444444444444', 'lost', 'ou-gone')] });
    expect(names(stale.children)).toEqual(['security', 'workloads', 'lost']);
  });

  it('walks depth first with depths', () => {
    expect(flattenTree(root).map((e) => `${e.depth}:${e.node.name}`)).toEqual([
      '0:Root',
      '1:security',
      '2:security',
      '1:workloads',
      '2:dev',
      '2:prod',
      '1:management',
    ]);
  });

  it('names where a node sits', () => {
    expect(pathText(root, '222222222222')).toBe('Root/workloads/dev');
    expect(names(ancestorsOf(root, '222222222222'))).toEqual(['Root', 'workloads']);
    expect(pathsById(root).get('ou-ab12-secu')).toBe('Root/security');
    expect(pathText(root, 'nowhere')).toBe('');
  });
});

describe('where things can go', () => {
  const root = buildOrgTree(TREE);

  it('offers the root and every OU as containers', () => {
    expect(containerOptions(root).map((c) => `${c.depth}:${c.name}`)).toEqual([
      '0:Root',
      '1:security',
      '1:workloads',
    ]);
  });

  it('leaves out the account’s current parent as a move destination', () => {
    const dev = findNode(root, '222222222222')!;
    expect(names(moveDestinations(root, [dev]))).toEqual(['Root', 'security']);
  });
});

describe('filterTree', () => {
  const root = buildOrgTree(TREE);

  it('keeps matches with their ancestors', () => {
    const shown = filterTree(root, 'PROD');
    expect(names(shown.children)).toEqual(['workloads']);
    expect(names(shown.children[0]!.children)).toEqual(['prod']);
  });

  it('matches ids and emails too, and keeps everything for an empty filter', () => {
    expect(names(filterTree(root, '3333').children)).toEqual(['security']);
    expect(names(filterTree(root, 'dev@example').children)).toEqual(['workloads']);
    expect(filterTree(root, '  ')).toBe(root);
  });

  it('leaves a bare root when nothing matches', () => {
    expect(filterTree(root, 'zzz').children).toEqual([]);
  });
});

describe('joinedText', () => {
  it('says how and when an account joined, as AWS lists it', () => {
    const root = buildOrgTree(TREE);
    expect(joinedText(findNode(root, '222222222222')!)).toBe('Created 2026/12/07');
    expect(joinedText(root)).toBe('');
    expect(joinedDate('not a date')).toBe('not a date');
  });
});
