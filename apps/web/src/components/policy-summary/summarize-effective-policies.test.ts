// A user's effective permissions summarised from the real catalog (@gatehouse/catalog/node).
import type { CatalogIndex, ServiceCatalog } from '@gatehouse/catalog';
import { defaultCatalogDir, loadCatalogIndex, loadService } from '@gatehouse/catalog/node';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  boundaryAllowsAction,
  boundaryCoverage,
  effectivePolicyLabel,
  effectiveServicesToLoad,
  summarizeEffectivePolicies,
  type EffectivePolicyInput,
} from './summarize-effective-policies.js';
import { resourceLabel, type SummaryCatalog } from './summarize-policy.js';

const ACCOUNT = '111122223333';
const USER = `arn:aws:iam::${ACCOUNT}:user/jeff`;

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadCatalogIndex();
});

async function summarize(items: EffectivePolicyInput[]) {
  const prefixes = effectiveServicesToLoad(items, index);
  const services = new Map<string, ServiceCatalog>();
  for (const p of prefixes) services.set(p, (await loadService(defaultCatalogDir(), p))!);
  const catalog: SummaryCatalog = { index, services };
  return summarizeEffectivePolicies(items, catalog);
}

const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

const inline = (name: string, document: string): EffectivePolicyInput => ({
  id: `${USER}:inline/${name}`,
  policyName: name,
  category: 'identity',
  source: { kind: 'user-inline' },
  document,
});
const viaGroup = (name: string, document: string): EffectivePolicyInput => ({
  id: `arn:aws:iam::${ACCOUNT}:policy/${name}`,
  policyName: name,
  category: 'identity',
  source: { kind: 'group-managed', groupName: 'admins' },
  document,
});
const boundary = (name: string, document: string): EffectivePolicyInput => ({
  id: `arn:aws:iam::${ACCOUNT}:policy/${name}`,
  policyName: name,
  category: 'boundary',
  source: { kind: 'permissions-boundary' },
  document,
});

describe('effectivePolicyLabel', () => {
  it('names the group a policy comes through, and inline policies as such', () => {
    expect(effectivePolicyLabel({ policyName: 'AdminAccess', source: { kind: 'user-managed' } })).toBe(
      'AdminAccess',
    );
    expect(
      effectivePolicyLabel({
        policyName: 'AdminAccess',
        source: { kind: 'group-managed', groupName: 'admins' },
      }),
    ).toBe('via group admins: AdminAccess');
    expect(
      effectivePolicyLabel({ policyName: 'extra', source: { kind: 'group-inline', groupName: 'admins' } }),
    ).toBe('via group admins: extra (inline)');
    expect(effectivePolicyLabel({ policyName: 's3-read', source: { kind: 'role-inline' } })).toBe(
      's3-read (inline)',
    );
  });
});

describe('summarizeEffectivePolicies', () => {
  it('combines the user’s and the groups’ policies per service, naming the policies behind each row', async () => {
    const summary = await summarize([
      inline('reports', doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' })),
      viaGroup(
        'S3Writers',
        doc(
          { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::reports/*' },
          { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' },
        ),
      ),
    ]);
    const rows = summary.permissions.allow.map((r) => [
      r.name,
      r.accessLabel,
      r.grantedBy.map((p) => p.label),
    ]);
    expect(rows).toEqual([
      ['S3', 'Limited: Read, Write', ['reports (inline)', 'via group admins: S3Writers']],
      ['SQS', 'Limited: Write', ['via group admins: S3Writers']],
    ]);
    const s3 = summary.permissions.allow[0]!;
    expect(s3.actions.map((a) => [a.name, a.grantedBy.map((p) => p.id)])).toEqual([
      ['s3:GetObject', [`${USER}:inline/reports`]],
      ['s3:PutObject', [`arn:aws:iam::${ACCOUNT}:policy/S3Writers`]],
    ]);
    expect(resourceLabel(s3)).toBe('arn:aws:s3:::reports/*');
    expect(summary.boundary).toBeUndefined();
    expect(summary.unreadable).toEqual([]);
  });

  it('shows a deny in one policy apart from the allow in another', async () => {
    const summary = await summarize([
      viaGroup('AdminAccess', doc({ Effect: 'Allow', Action: '*', Resource: '*' })),
      inline('no-delete', doc({ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' })),
    ]);
    expect(summary.permissions.allow.map((r) => [r.name, r.accessLabel, r.grantedBy[0]!.label])).toEqual([
      ['All services', 'Full access', 'via group admins: AdminAccess'],
    ]);
    expect(summary.permissions.deny.map((r) => [r.name, r.accessLabel, r.grantedBy[0]!.label])).toEqual([
      ['S3', 'Limited: Write', 'no-delete (inline)'],
    ]);
  });

  it('keeps the boundary apart: it caps, it grants nothing', async () => {
    const summary = await summarize([
      inline('s3-and-sqs', doc({ Effect: 'Allow', Action: ['s3:Get*', 'sqs:*'], Resource: '*' })),
      boundary('S3OnlyBoundary', doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })),
    ]);
    expect(summary.permissions.allow.map((r) => r.name)).toEqual(['S3', 'SQS']);
    expect(summary.boundary!.policies).toEqual([
      { id: `arn:aws:iam::${ACCOUNT}:policy/S3OnlyBoundary`, label: 'S3OnlyBoundary' },
    ]);
    expect(summary.boundary!.summary.allow.map((r) => r.name)).toEqual(['S3']);
    const [s3, sqs] = summary.permissions.allow;
    const s3Coverage = boundaryCoverage(s3!, summary.boundary!.summary);
    expect(s3Coverage).toMatchObject({ kind: 'some', allowed: 1 });
    expect(s3Coverage.kind === 'some' && s3Coverage.of).toBe(s3!.actions.length);
    expect(boundaryCoverage(sqs!, summary.boundary!.summary)).toEqual({ kind: 'none' });
    expect(boundaryAllowsAction('s3', 's3:GetObject', summary.boundary!.summary)).toBe(true);
    expect(boundaryAllowsAction('s3', 's3:GetBucketPolicy', summary.boundary!.summary)).toBe(false);
    expect(boundaryAllowsAction('sqs', 'sqs:SendMessage', summary.boundary!.summary)).toBe(false);
  });

  it('lets every action through a boundary of `*`, and limits `*` to a narrower boundary', async () => {
    const wide = await summarize([
      inline('sqs', doc({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' })),
      boundary('Everything', doc({ Effect: 'Allow', Action: '*', Resource: '*' })),
    ]);
    expect(boundaryCoverage(wide.permissions.allow[0]!, wide.boundary!.summary)).toEqual({ kind: 'all' });
    const narrow = await summarize([
      inline('admin', doc({ Effect: 'Allow', Action: '*', Resource: '*' })),
      boundary('SqsOnly', doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' })),
    ]);
    expect(boundaryCoverage(narrow.permissions.allow[0]!, narrow.boundary!.summary)).toEqual({
      kind: 'limited',
    });
  });

  it('flags unrecognised services, and sets aside a policy whose text does not parse', async () => {
    const summary = await summarize([
      inline('odd', doc({ Effect: 'Allow', Action: ['madeup:DoThing', 's3:GetObjekt'], Resource: '*' })),
      inline('broken', '{"Statement": ['),
    ]);
    const byPrefix = Object.fromEntries(summary.permissions.allow.map((r) => [r.prefix, r]));
    expect(byPrefix.madeup).toMatchObject({ recognized: false });
    expect(byPrefix.s3).toMatchObject({ unrecognizedActions: ['s3:GetObjekt'] });
    expect(summary.unreadable).toEqual([{ id: `${USER}:inline/broken`, label: 'broken (inline)' }]);
  });
});
