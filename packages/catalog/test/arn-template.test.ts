// ARN formats: split, filled in and read back, for every resource type in the catalog.
import { describe, expect, inject, test } from 'vitest';
import {
  arnTemplateParts,
  arnTemplatePlaceholders,
  fillArnTemplate,
  matchArnTemplate,
} from '../src/arn-template.js';
import { loadCatalogIndex, loadService } from '../src/node/load-catalog.js';
import type { CatalogResourceType } from '../src/types.js';

const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';

describe('arnTemplateParts', () => {
  test('splits a format into fixed text and named placeholders', () => {
    expect(arnTemplateParts(OBJECT)).toEqual([
      { kind: 'text', text: 'arn:' },
      { kind: 'placeholder', name: 'Partition' },
      { kind: 'text', text: ':s3:::' },
      { kind: 'placeholder', name: 'BucketName' },
      { kind: 'text', text: '/' },
      { kind: 'placeholder', name: 'ObjectName' },
    ]);
  });

  test('keeps `$` and unclosed `${` as text', () => {
    expect(arnTemplateParts('arn:aws:x:::a$b${c')).toEqual([{ kind: 'text', text: 'arn:aws:x:::a$b${c' }]);
    expect(arnTemplateParts('')).toEqual([]);
  });

  test('lists placeholder names once each', () => {
    expect(arnTemplatePlaceholders(OBJECT)).toEqual(['Partition', 'BucketName', 'ObjectName']);
  });
});

describe('fillArnTemplate', () => {
  test('fills every placeholder from the values', () => {
    const values = { Partition: 'aws', BucketName: 'reports', ObjectName: '2026/q1.csv' };
    expect(fillArnTemplate(OBJECT, values)).toBe('arn:aws:s3:::reports/2026/q1.csv');
  });

  test('uses `any` for missing or empty values, or leaves the placeholder visible', () => {
    expect(fillArnTemplate(OBJECT, { Partition: 'aws', BucketName: '' }, { any: '*' })).toBe(
      'arn:aws:s3:::*/*',
    );
    expect(fillArnTemplate(OBJECT, { Partition: 'aws' })).toBe('arn:aws:s3:::${BucketName}/${ObjectName}');
  });
});

describe('matchArnTemplate', () => {
  test('reads the values back, the resource part keeping its slashes and colons', () => {
    expect(matchArnTemplate(OBJECT, 'arn:aws:s3:::reports/2026/q1:final.csv')).toEqual({
      Partition: 'aws',
      BucketName: 'reports',
      ObjectName: '2026/q1:final.csv',
    });
  });

  test('returns undefined when the ARN has another shape', () => {
    expect(matchArnTemplate(OBJECT, 'arn:aws:s3:::reports')).toBeUndefined();
    expect(matchArnTemplate(OBJECT, 'arn:aws:s3:::reports/')).toBeUndefined();
    expect(matchArnTemplate(OBJECT, 'arn:aws:iam::111122223333:user/alice')).toBeUndefined();
    const user = 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}';
    expect(matchArnTemplate(user, 'arn:aws:iam::1111:2222:user/alice')).toBeUndefined();
  });

  test('a name used twice must hold the same value twice', () => {
    const format = 'arn:${Partition}:x:::${Name}/${Name}';
    expect(matchArnTemplate(format, 'arn:aws:x:::a/a')).toEqual({ Partition: 'aws', Name: 'a' });
    expect(matchArnTemplate(format, 'arn:aws:x:::a/b')).toBeUndefined();
  });
});

describe('every resource type in the catalog', () => {
  const dir = inject('catalogDir');

  let cached: { where: string; type: CatalogResourceType }[] | undefined;

  async function allResourceTypes(): Promise<{ where: string; type: CatalogResourceType }[]> {
    if (cached) return cached;
    const found = [];
    for (const { prefix } of (await loadCatalogIndex(dir)).services) {
      const service = await loadService(dir, prefix);
      for (const type of service?.resourceTypes ?? []) found.push({ where: `${prefix}/${type.name}`, type });
    }
    cached = found;
    return found;
  }

  /** Formats where two placeholders touch, so no parser can tell where one value ends. */
  function touchingPlaceholders(format: string): boolean {
    const parts = arnTemplateParts(format);
    return parts.some((part, i) => part.kind === 'placeholder' && parts[i + 1]?.kind === 'placeholder');
  }

  test('fill then match gives back the same values', async () => {
    const types = await allResourceTypes();
    expect(types.length).toBeGreaterThan(2000);
    const ambiguous: string[] = [];
    for (const { where, type } of types) {
      const names = arnTemplatePlaceholders(type.arnFormat);
      expect(names.length, where).toBeGreaterThan(0);
      const values = Object.fromEntries(names.map((name, i) => [name, `v${i}x${name.toLowerCase()}`]));
      const arn = fillArnTemplate(type.arnFormat, values);
      expect(arn, where).not.toContain('${');
      const parsed = matchArnTemplate(type.arnFormat, arn);
      expect(parsed, where).toBeDefined();
      // Whatever split is chosen, it must rebuild the same ARN.
      expect(fillArnTemplate(type.arnFormat, parsed ?? {}), where).toBe(arn);
      if (touchingPlaceholders(type.arnFormat)) ambiguous.push(where);
      else expect(parsed, where).toEqual(values);
    }
    // Known today: codeartifact's `package-group/${DomainName}${EncodedPackageGroupPattern}`.
    expect(ambiguous).toEqual(['codeartifact/package-group']);
  });

  test('every format is an ARN whose header fields stay within their colons', async () => {
    for (const { where, type } of await allResourceTypes()) {
      expect(type.arnFormat, where).toMatch(/^arn:\$\{Partition\}:[^:]+:[^:]*:[^:]*:./);
      const values = { Partition: 'aws', Region: 'us-east-1', Account: '111122223333' };
      const arn = fillArnTemplate(type.arnFormat, values, { any: 'name' });
      const parsed = matchArnTemplate(type.arnFormat, arn);
      expect(parsed?.Partition, where).toBe('aws');
      if (type.arnFormat.includes('${Account}')) expect(parsed?.Account, where).toBe('111122223333');
    }
  });
});
