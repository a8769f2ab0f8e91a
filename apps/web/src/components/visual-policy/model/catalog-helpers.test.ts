// The catalog helpers behind the card's pickers, against the real catalog build.
import type { GlobalConditionKeys, ServiceCatalog } from '@gatehouse/catalog';
import { defaultCatalogDir, loadGlobalConditionKeys, loadService } from '@gatehouse/catalog/node';
import { parseConditionOperator } from '@gatehouse/evaluator';
import { beforeAll, describe, expect, it } from 'vitest';
import { conditionKeysForActions } from './condition-keys-for-actions.js';
import { actionsOfCard, matchActions } from './match-actions.js';
import { operatorsForKeyType } from './operators-for-key-type.js';
import { resourceArn, resourceTypesForActions } from './resource-types-for-actions.js';

let s3: ServiceCatalog;
let ec2: ServiceCatalog;
let global: GlobalConditionKeys;

beforeAll(async () => {
  const dir = defaultCatalogDir();
  [s3, ec2, global] = (await Promise.all([
    loadService(dir, 's3'),
    loadService(dir, 'ec2'),
    loadGlobalConditionKeys(dir),
  ])) as [ServiceCatalog, ServiceCatalog, GlobalConditionKeys];
});

describe('operatorsForKeyType', () => {
  it('offers the operators of the key type, their IfExists forms, then Null', () => {
    expect(operatorsForKeyType('IPAddress')).toEqual([
      'IpAddress',
      'NotIpAddress',
      'IpAddressIfExists',
      'NotIpAddressIfExists',
      'Null',
    ]);
    expect(operatorsForKeyType('Bool')).toEqual(['Bool', 'BoolIfExists', 'Null']);
    expect(operatorsForKeyType('String')).toContain('StringLike');
    expect(operatorsForKeyType('String')).not.toContain('NumericEquals');
    expect(operatorsForKeyType('ARN')).toEqual(expect.arrayContaining(['ArnLike', 'StringEquals']));
  });

  it('puts set qualifiers before the operators of multivalued keys, and only of those', () => {
    const operators = operatorsForKeyType('ArrayOfString');
    expect(operators).toContain('ForAnyValue:StringEquals');
    expect(operators).toContain('ForAllValues:StringLikeIfExists');
    expect(operators).not.toContain('StringEquals');
    expect(operatorsForKeyType('String').some((o) => o.includes(':'))).toBe(false);
  });

  it('offers only operators the evaluator accepts, for every key type', () => {
    const types = ['String', 'ARN', 'Bool', 'Numeric', 'Date', 'IPAddress', 'Binary'] as const;
    for (const type of [...types, ...types.map((t) => `ArrayOf${t}` as const)]) {
      for (const operator of operatorsForKeyType(type)) {
        const parsed = parseConditionOperator(operator);
        expect(parsed, `${type}: ${operator}`).toBeDefined();
        expect(parsed?.name === 'Null' && parsed.ifExists, operator).toBe(false);
      }
    }
  });
});

describe('matchActions and actionsOfCard', () => {
  it('expands wildcards without regard to case, and NotAction to every other action', () => {
    expect(matchActions(s3, ['getobject']).map((a) => a.name)).toEqual(['GetObject']);
    const gets = matchActions(s3, ['Get*']);
    expect(gets.length).toBeGreaterThan(20);
    expect(gets.every((a) => a.name.startsWith('Get'))).toBe(true);
    expect(matchActions(s3, ['Get?bject']).map((a) => a.name)).toEqual(['GetObject']);
    expect(matchActions(s3, ['NoSuchAction'])).toEqual([]);
    const others = actionsOfCard(s3, ['Get*'], 'NotAction');
    expect(others.length + gets.length).toBe(s3.actions.length);
    expect(others.some((a) => a.name === 'PutObject')).toBe(true);
  });
});

describe('conditionKeysForActions', () => {
  it('offers the actions’ own keys, then keys of their resource types, then the global keys, each once', () => {
    const keys = conditionKeysForActions(s3, ['ListBucket'], global);
    const names = keys.map((k) => k.key);
    expect(keys.find((k) => k.key === 's3:prefix')).toMatchObject({ scope: 'action', type: 'String' });
    expect(keys.find((k) => k.key === 's3:max-keys')).toMatchObject({ scope: 'action', type: 'Numeric' });
    expect(keys.find((k) => k.key === 's3:BucketTag/${TagKey}')).toMatchObject({ scope: 'resource' });
    expect(keys.find((k) => k.key === 'aws:SourceIp')).toMatchObject({ scope: 'global', type: 'IPAddress' });
    expect(names).not.toContain('s3:x-amz-acl'); // PutObject's, not ListBucket's
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const scopes = keys.map((k) => ['action', 'resource', 'global'].indexOf(k.scope));
    expect(scopes).toEqual([...scopes].sort((a, b) => a - b));
  });

  it('expands wildcard actions against the catalog', () => {
    const keys = conditionKeysForActions(s3, ['Put*'], global).map((k) => k.key);
    expect(keys).toContain('s3:x-amz-acl');
    expect(keys).toContain('s3:RequestObjectTag/<key>');
  });

  it('offers only the global keys without a service or without known actions', () => {
    expect(conditionKeysForActions(undefined, [], global).map((k) => k.key)).toEqual(
      global.keys.map((k) => k.key),
    );
    expect(conditionKeysForActions(s3, ['NoSuchAction'], global).every((k) => k.scope === 'global')).toBe(
      true,
    );
  });
});

describe('resourceTypesForActions', () => {
  it('lists the resource types the actions take, whether required, with their ARN format split for the builder', () => {
    const choices = resourceTypesForActions(s3, ['CreateBucket', 'GetObject']);
    expect(choices.starOnly).toBe(false);
    const bucket = choices.resourceTypes.find((t) => t.name === 'bucket');
    expect(bucket).toMatchObject({
      arnFormat: 'arn:${Partition}:s3:::${BucketName}',
      placeholders: ['Partition', 'BucketName'],
      required: true,
      actions: ['CreateBucket'],
    });
    expect(bucket?.parts).toEqual([
      { kind: 'text', text: 'arn:' },
      { kind: 'placeholder', name: 'Partition' },
      { kind: 'text', text: ':s3:::' },
      { kind: 'placeholder', name: 'BucketName' },
    ]);
    expect(choices.resourceTypes.find((t) => t.name === 'object')).toMatchObject({
      required: false,
      actions: ['GetObject'],
    });
  });

  it('says `*` only when no chosen action takes a resource type', () => {
    expect(resourceTypesForActions(ec2, ['DescribeInstances', 'DescribeRegions'])).toEqual({
      resourceTypes: [],
      actionsWithoutResourceType: ['DescribeInstances', 'DescribeRegions'],
      starOnly: true,
    });
    const mixed = resourceTypesForActions(s3, ['ListAllMyBuckets', 'ListBucket']);
    expect(mixed.starOnly).toBe(false);
    expect(mixed.actionsWithoutResourceType).toEqual(['ListAllMyBuckets']);
    expect(resourceTypesForActions(s3, []).starOnly).toBe(false);
  });

  it('builds ARNs with `aws` as partition and `*` for every part left empty', () => {
    const format = 'arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}';
    expect(resourceArn(format, { Region: 'eu-west-1', InstanceId: '' })).toBe(
      'arn:aws:ec2:eu-west-1:*:instance/*',
    );
    expect(
      resourceArn(format, {
        Partition: 'aws-cn',
        Account: '111122223333',
        Region: 'cn-north-1',
        InstanceId: 'i-1',
      }),
    ).toBe('arn:aws-cn:ec2:cn-north-1:111122223333:instance/i-1');
  });
});
