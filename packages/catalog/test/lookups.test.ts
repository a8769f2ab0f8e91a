// Lookups over loaded chunks, as the policy editor uses them: actions by name and access
// level, condition key types, resource types for an ARN, and what the loaders do with names
// that are not in the catalog.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ACCESS_LEVELS, actionsByAccessLevel } from '../src/access-levels.js';
import { conditionKeyType, findConditionKey } from '../src/condition-key-type.js';
import { findAction } from '../src/find-action.js';
import { loadCatalogIndex, loadGlobalConditionKeys, loadService } from '../src/node/load-catalog.js';
import { CatalogNotBuiltError } from '../src/node/read-chunk.js';
import { resourceTypesForArn } from '../src/resource-types-for-arn.js';
import type { CatalogConditionKey, ServiceCatalog } from '../src/types.js';

const dir = inject('catalogDir');
let iam: ServiceCatalog;
let s3: ServiceCatalog;
let known: (service: ServiceCatalog) => CatalogConditionKey[];

beforeAll(async () => {
  iam = (await loadService(dir, 'iam')) as ServiceCatalog;
  s3 = (await loadService(dir, 's3')) as ServiceCatalog;
  const { keys } = await loadGlobalConditionKeys(dir);
  known = (service) => [...service.conditionKeys, ...keys];
});

describe('findAction', () => {
  test('finds an action case-insensitively, with or without its prefix', () => {
    expect(findAction(iam, 'createuser')?.name).toBe('CreateUser');
    expect(findAction(iam, 'IAM:CreateUser')?.name).toBe('CreateUser');
    expect(findAction(s3, 's3:getobject')?.name).toBe('GetObject');
  });

  test('returns undefined for another service, a wildcard or a made-up name', () => {
    expect(findAction(iam, 's3:CreateUser')).toBeUndefined();
    expect(findAction(iam, 'Create*')).toBeUndefined();
    expect(findAction(iam, 'CreateUsers')).toBeUndefined();
  });
});

describe('actionsByAccessLevel', () => {
  test('groups every action under its level, in the order AWS lists levels', () => {
    const groups = actionsByAccessLevel(iam);
    expect(groups.map((g) => g.accessLevel)).toEqual([
      'List',
      'Read',
      'Tagging',
      'Write',
      'Permissions management',
    ]);
    expect(groups.reduce((n, g) => n + g.actions.length, 0)).toBe(iam.actions.length);
    for (const group of groups)
      for (const action of group.actions) expect(action.accessLevel).toBe(group.accessLevel);
    const names = (level: string) => groups.find((g) => g.accessLevel === level)?.actions.map((a) => a.name);
    expect(names('List')).toContain('ListUsers');
    expect(names('Permissions management')).toContain('AttachUserPolicy');
    expect(names('Tagging')).toContain('TagUser');
  });

  test('keeps empty levels so a picker can show them with a count of 0', () => {
    const groups = actionsByAccessLevel({ actions: iam.actions.filter((a) => a.accessLevel === 'Read') });
    expect(groups).toHaveLength(ACCESS_LEVELS.length);
    expect(groups.filter((g) => g.actions.length > 0).map((g) => g.accessLevel)).toEqual(['Read']);
  });
});

describe('conditionKeyType', () => {
  test('types plain keys, service and global, case-insensitively', () => {
    expect(conditionKeyType('iam:PolicyARN', known(iam))).toBe('ARN');
    expect(conditionKeyType('AWS:SOURCEIP', known(iam))).toBe('IPAddress');
    expect(conditionKeyType('aws:CurrentTime', known(s3))).toBe('Date');
    expect(conditionKeyType('aws:TagKeys', known(iam))).toBe('ArrayOfString');
    expect(conditionKeyType('s3:signatureAge', known(s3))).toBe('Numeric');
  });

  test('types keys that name a tag or other name the policy supplies', () => {
    expect(conditionKeyType('aws:PrincipalTag/team', known(iam))).toBe('String');
    expect(findConditionKey('aws:RequestTag/cost-centre', known(iam))?.key).toBe('aws:RequestTag/${TagKey}');
    expect(findConditionKey('s3:ExistingObjectTag/Project', known(s3))?.key).toBe(
      's3:ExistingObjectTag/<key>',
    );
  });

  test('types keys written with a bare trailing slash or a placeholder mid-key', async () => {
    const glacier = (await loadService(dir, 'glacier')) as ServiceCatalog;
    expect(findConditionKey('glacier:ResourceTag/Stage', known(glacier))?.key).toBe('glacier:ResourceTag/');
    const kms = (await loadService(dir, 'kms')) as ServiceCatalog;
    expect(findConditionKey('kms:EncryptionContext:Department', known(kms))?.key).toBe(
      'kms:EncryptionContext:${EncryptionContextKey}',
    );
    expect(conditionKeyType('kms:RecipientAttestation:PCR0', known(kms))).toBe('String');
  });

  test('returns undefined for keys the catalog does not know', () => {
    expect(conditionKeyType('aws:NoSuchKey', known(iam))).toBeUndefined();
    expect(conditionKeyType('s3:ExistingObjectTag/', known(s3))).toBeUndefined();
    expect(conditionKeyType('iam:PolicyARN', known(s3))).toBeUndefined();
  });
});

describe('resourceTypesForArn', () => {
  test('names the resource types an ARN fits, best fit first', () => {
    // A bucket name at the end of its format may hold anything, so an object ARN fits both.
    expect(resourceTypesForArn(s3, 'arn:aws:s3:::my-bucket/reports/2026.csv').map((t) => t.name)).toEqual([
      'object',
      'bucket',
    ]);
    expect(resourceTypesForArn(s3, 'arn:aws:s3:::my-bucket').map((t) => t.name)).toEqual(['bucket']);
    expect(resourceTypesForArn(iam, 'arn:aws:iam::111122223333:user/ops/alice').map((t) => t.name)).toEqual([
      'user',
    ]);
    expect(resourceTypesForArn(iam, 'arn:aws:s3:::my-bucket')).toEqual([]);
  });
});

describe('loaders', () => {
  test('the index lists services sorted by prefix', async () => {
    const prefixes = (await loadCatalogIndex(dir)).services.map((s) => s.prefix);
    expect(prefixes).toEqual([...prefixes].sort());
    expect(prefixes).toContain('s3');
  });

  test('a service prefix is matched case-insensitively; unknown or malformed prefixes give undefined', async () => {
    expect((await loadService(dir, 'S3'))?.prefix).toBe('s3');
    expect(await loadService(dir, 'no-such-service')).toBeUndefined();
    expect(await loadService(dir, '../index')).toBeUndefined();
    expect(await loadService(dir, 's3/../iam')).toBeUndefined();
    expect(await loadService(dir, '')).toBeUndefined();
  });

  test('a directory with no build output is reported as such, not as an unknown service', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'gatehouse-catalog-empty-'));
    try {
      await expect(loadService(empty, 's3')).rejects.toThrow(CatalogNotBuiltError);
      await expect(loadCatalogIndex(empty)).rejects.toThrow(
        /no catalog build output in .*: run `pnpm --filter/,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
