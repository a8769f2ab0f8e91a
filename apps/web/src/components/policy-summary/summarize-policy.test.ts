// The summary computed from real catalog chunks (packages/catalog/dist/catalog).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogIndex, ServiceCatalog } from '@gatehouse/catalog';
import { parsePolicy } from '@gatehouse/evaluator';
import { describe, expect, it } from 'vitest';
import { resourceMismatchLabel } from './resource-mismatch-label.js';
import {
  conditionLabels,
  resourceLabel,
  servicesToLoad,
  summarizePolicies,
  type SummaryCatalog,
} from './summarize-policy.js';

const dir = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../../packages/catalog/dist/catalog',
);
const read = <T>(path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
const index = read<CatalogIndex>('index.json');

function summarize(...policies: object[]) {
  const sources = policies.map((p) => ({ document: parsePolicy(JSON.stringify(p)).document! }));
  const prefixes = servicesToLoad(sources, index);
  const catalog: SummaryCatalog = {
    index,
    services: new Map(prefixes.map((p) => [p, read<ServiceCatalog>(`services/${p}.json`)])),
  };
  return { prefixes, summary: summarizePolicies(sources, catalog) };
}

const policy = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });

describe('summarizePolicies', () => {
  it('gives S3 read on one bucket with a SourceIp condition as Limited: Read', () => {
    const { prefixes, summary } = summarize(
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::reports/*',
        Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      }),
    );
    expect(prefixes).toEqual(['s3']);
    expect(summary.deny).toEqual([]);
    const [s3] = summary.allow;
    expect(s3).toMatchObject({ prefix: 's3', name: 'S3', recognized: true, accessLabel: 'Limited: Read' });
    expect(resourceLabel(s3!)).toBe('arn:aws:s3:::reports/*');
    expect(conditionLabels(s3!.conditions)).toEqual(['IpAddress aws:SourceIp: 203.0.113.0/24']);
    expect(s3!.actions).toEqual([
      expect.objectContaining({ name: 's3:GetObject', accessLevel: 'Read', recognized: true }),
    ]);
  });

  it('expands wildcards against the service’s actions, level by level', () => {
    const { summary } = summarize(
      policy({ Effect: 'Allow', Action: ['iam:List*', 'iam:GetUser'], Resource: '*' }),
    );
    const [iam] = summary.allow;
    const iamChunk = read<ServiceCatalog>('services/iam.json');
    const lists = iamChunk.actions.filter((a) => a.accessLevel === 'List' && a.name.startsWith('List'));
    expect(iam!.actions.filter((a) => a.accessLevel === 'List')).toHaveLength(lists.length);
    const allList = iamChunk.actions.filter((a) => a.accessLevel === 'List').length === lists.length;
    expect(iam!.accessLabel).toBe(allList ? 'Full: List Limited: Read' : 'Limited: List, Read');
    expect(resourceLabel(iam!)).toBe('All resources');
  });

  it('says Full access when every action of the service is granted', () => {
    const { summary } = summarize(policy({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }));
    expect(summary.allow[0]).toMatchObject({ name: 'SQS', accessLabel: 'Full access' });
  });

  it('keeps Deny apart from Allow', () => {
    const { summary } = summarize(
      policy(
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::prod' },
      ),
    );
    expect(summary.allow.map((r) => [r.name, r.accessLabel])).toEqual([['S3', 'Full access']]);
    expect(summary.deny.map((r) => [r.name, r.accessLabel, resourceLabel(r)])).toEqual([
      ['S3', 'Limited: Write', 'arn:aws:s3:::prod'],
    ]);
  });

  it('flags unrecognised services and actions', () => {
    const { summary } = summarize(
      policy({
        Effect: 'Allow',
        Action: ['s3:GetObjekt', 'madeup:DoThing', 'ec2:DescribeInstances'],
        Resource: '*',
      }),
    );
    const byPrefix = Object.fromEntries(summary.allow.map((r) => [r.prefix, r]));
    expect(byPrefix.madeup).toMatchObject({ recognized: false, name: 'madeup' });
    expect(byPrefix.s3).toMatchObject({ recognized: true, unrecognizedActions: ['s3:GetObjekt'] });
    expect(byPrefix.ec2).toMatchObject({ accessLabel: 'Limited: List' });
    // Recognised services first, unrecognised last.
    expect(summary.allow.at(-1)!.prefix).toBe('madeup');
  });

  it('gives `*` as all services, and NotAction as the rest of the named service plus all other services', () => {
    expect(summarize(policy({ Effect: 'Allow', Action: '*', Resource: '*' })).summary.allow).toEqual([
      expect.objectContaining({ prefix: '*', name: 'All services', accessLabel: 'Full access' }),
    ]);
    const { summary } = summarize(policy({ Effect: 'Allow', NotAction: 'iam:*User*', Resource: '*' }));
    expect(summary.allow[0]).toMatchObject({ prefix: '*', name: 'All other services' });
    const iam = summary.allow.find((r) => r.prefix === 'iam')!;
    expect(iam.actions.some((a) => a.name === 'iam:CreateUser')).toBe(false);
    expect(iam.actions.some((a) => a.name === 'iam:CreateRole')).toBe(true);
    expect(iam.accessLabel).toMatch(/^(Full: .*)?Limited: /);
  });

  it('says Multiple for a service whose actions differ in resources or conditions', () => {
    const { summary } = summarize(
      policy(
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::reports/*',
          Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
        },
      ),
    );
    const [s3] = summary.allow;
    expect(s3).toMatchObject({ mixedResources: true, mixedConditions: true });
    expect(resourceLabel(s3!)).toBe('Multiple');
    expect(s3!.actions.map((a) => [a.name, resourceLabel(a), conditionLabels(a.conditions)])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::reports/*', ['IpAddress aws:SourceIp: 203.0.113.0/24']],
      ['s3:ListBucket', 'arn:aws:s3:::reports', []],
    ]);
    const same = summarize(
      policy({ Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'], Resource: '*' }),
    ).summary.allow[0]!;
    expect(same).toMatchObject({ mixedResources: false, mixedConditions: false });
  });

  it('reports NotResource as all resources except', () => {
    const { summary } = summarize(
      policy({ Effect: 'Deny', Action: 's3:PutObject', NotResource: 'arn:aws:s3:::scratch/*' }),
    );
    expect(resourceLabel(summary.deny[0]!)).toBe('All resources except arn:aws:s3:::scratch/*');
  });

  describe('per action, only the resources the action can act on', () => {
    const bucket = 'arn:aws:s3:::reports';
    const objects = 'arn:aws:s3:::reports/*';
    const s3Actions = (Action: string | string[], Resource: string | string[]) => {
      const { summary } = summarize(policy({ Effect: 'Allow', Action, Resource }));
      const s3 = summary.allow.find((r) => r.prefix === 's3')!;
      return { s3, action: (name: string) => s3.actions.find((a) => a.name === `s3:${name}`)! };
    };

    it('gives GetObject the objects and ListBucket the bucket, and the row says Multiple', () => {
      const { s3, action } = s3Actions(['s3:GetObject', 's3:ListBucket'], [bucket, objects]);
      expect(action('GetObject')).toMatchObject({ resources: [objects], mismatchedResources: [bucket] });
      expect(action('ListBucket')).toMatchObject({ resources: [bucket], mismatchedResources: [objects] });
      expect(s3.actions.map((a) => resourceLabel(a))).toEqual([objects, bucket]);
      expect(s3.actions.map((a) => resourceMismatchLabel(a))).toEqual([undefined, undefined]);
      expect(s3).toMatchObject({ mixedResources: true, resources: [bucket, objects] });
      expect(resourceLabel(s3)).toBe('Multiple');
    });

    it('keeps the row to what its actions act on when they agree', () => {
      const { s3 } = s3Actions(['s3:GetObject', 's3:PutObject'], [bucket, objects]);
      expect(s3).toMatchObject({ mixedResources: false, resources: [objects] });
      expect(resourceLabel(s3)).toBe(objects);
    });

    it('says None with the mismatch when no resource fits the action', () => {
      const { s3, action } = s3Actions('s3:ListBucket', objects);
      expect(action('ListBucket')).toMatchObject({ resources: [], resourceTypes: ['accesspoint', 'bucket'] });
      expect(resourceLabel(action('ListBucket'))).toBe('None');
      expect(resourceMismatchLabel(action('ListBucket'))).toBe(
        `None — resource type mismatch: takes accesspoint, bucket; the policy names ${objects}`,
      );
      expect(resourceLabel(s3)).toBe('None');
      const sqs = summarize(policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: bucket })).summary
        .allow[0]!;
      expect(resourceMismatchLabel(sqs.actions[0]!)).toBe(
        `None — resource type mismatch: takes queue; the policy names ${bucket}`,
      );
    });

    it('keeps `*`, policy variables and wildcard patterns that could name the action’s resources', () => {
      const home = 'arn:aws:s3:::reports/home/${aws:username}/*';
      const { action } = s3Actions(
        ['s3:GetObject', 's3:ListBucket'],
        ['*', 'arn:aws:s3:::*', 'arn:aws:s3:::rep*', home],
      );
      expect(action('GetObject').resources).toEqual(['*', 'arn:aws:s3:::*', 'arn:aws:s3:::rep*', home]);
      expect(action('ListBucket').resources).toEqual(['*', 'arn:aws:s3:::*', 'arn:aws:s3:::rep*']);
      expect(resourceLabel(action('ListBucket'))).toBe('All resources');
    });

    it('tells access points from their objects and from other types', () => {
      const accessPoint = 'arn:aws:s3:us-east-1:123456789012:accesspoint/ap';
      const anyAccessPoint = 'arn:aws:s3:*:*:accesspoint/*';
      const { action } = s3Actions(['s3:GetObject', 's3:ListBucket'], [accessPoint, anyAccessPoint]);
      expect(action('ListBucket').resources).toEqual([accessPoint, anyAccessPoint]);
      // `accesspoint/*` also names the objects reached through access points.
      expect(action('GetObject').resources).toEqual([anyAccessPoint]);
      const iam = summarize(
        policy({
          Effect: 'Allow',
          Action: ['iam:GetUser', 'iam:GetRole'],
          Resource: 'arn:aws:iam::*:user/*',
        }),
      ).summary.allow[0]!;
      expect(iam.actions.map((a) => [a.name, a.resources])).toEqual([
        ['iam:GetRole', []],
        ['iam:GetUser', ['arn:aws:iam::*:user/*']],
      ]);
    });

    it('gives an action without resource types `*` (All resources), or None for plain ARNs', () => {
      const all = s3Actions('s3:ListAllMyBuckets', '*').action('ListAllMyBuckets');
      expect(all).toMatchObject({ resourceTypes: [], resources: ['*'] });
      expect(resourceLabel(all)).toBe('All resources');
      // AWS's own examples grant it on `arn:aws:s3:::*`.
      expect(s3Actions('s3:ListAllMyBuckets', 'arn:aws:s3:::*').action('ListAllMyBuckets').resources).toEqual(
        ['*'],
      );
      const none = s3Actions('s3:ListAllMyBuckets', bucket).action('ListAllMyBuckets');
      expect(none.resources).toEqual([]);
      expect(resourceMismatchLabel(none)).toBe(
        `None — resource type mismatch: takes only "*"; the policy names ${bucket}`,
      );
    });

    it('keeps every resource for an action the catalog does not know', () => {
      const { action } = s3Actions('s3:GetObjekt', [bucket, objects]);
      expect(action('GetObjekt')).toMatchObject({ recognized: false, resources: [bucket, objects] });
    });
  });
});
