import { defaultCatalogDir, loadCatalogIndex } from '@gatehouse/catalog/node';
import type { CatalogIndex } from '@gatehouse/catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankServices } from './rank-services.js';

let index: CatalogIndex;

beforeAll(async () => {
  index = await loadCatalogIndex(defaultCatalogDir());
});

const top = (query: string, n = 1) =>
  rankServices(index.services, query)
    .slice(0, n)
    .map((s) => s.prefix);

describe('rankServices', () => {
  it('lists the service a prefix or acronym names first, over the real catalog', () => {
    expect(top('EC2')).toEqual(['ec2']);
    expect(top('ec2')).toEqual(['ec2']);
    expect(top('s3')).toEqual(['s3']);
    expect(top('SQS')).toEqual(['sqs']);
    expect(top('iam')).toEqual(['iam']);
    expect(top('kms')).toEqual(['kms']);
    expect(top('Lambda')).toEqual(['lambda']);
  });

  it('keeps every service whose name or prefix contains the text, and no other', () => {
    const found = rankServices(index.services, 'EC2');
    expect(found.map((s) => s.prefix)).toContain('ec2-instance-connect');
    for (const service of found) {
      expect(`${service.name} ${service.prefix}`.toLowerCase().replace(/\s+/g, '')).toContain('ec2');
    }
    expect(rankServices(index.services, 'zzzz-no-such-service')).toEqual([]);
  });

  it('matches the start of a word before text inside one, and keeps the catalog order for an empty query', () => {
    const ranked = rankServices(index.services, 'dynamo').map((s) => s.prefix);
    expect(ranked[0]).toBe('dynamodb');
    expect(rankServices(index.services, '').map((s) => s.prefix)).toEqual(
      index.services.map((s) => s.prefix),
    );
  });
});
