// Resource patterns against catalog ARN formats: can some ARN match both?
import type { ServiceCatalog } from '@gatehouse/catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  patternFitsAnyResource,
  patternFitsFormat,
  patternTokens,
  tokensOverlap,
} from './arn-pattern-overlap.js';
import { loadTestCatalog } from './catalog-test-kit.js';

let s3: ServiceCatalog;
let logs: ServiceCatalog;
let dynamodb: ServiceCatalog;
beforeAll(async () => {
  const catalog = await loadTestCatalog(['s3', 'logs', 'dynamodb']);
  [s3, logs, dynamodb] = ['s3', 'logs', 'dynamodb'].map((p) => catalog.services.get(p) as ServiceCatalog) as [
    ServiceCatalog,
    ServiceCatalog,
    ServiceCatalog,
  ];
});

const BUCKET = 'arn:${Partition}:s3:::${BucketName}';
const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';

describe('patternFitsFormat', () => {
  it('tells buckets from objects: a bucket name holds no `/`', () => {
    expect(patternFitsFormat('arn:aws:s3:::reports', BUCKET, s3)).toBe(true);
    expect(patternFitsFormat('arn:aws:s3:::reports/*', BUCKET, s3)).toBe(false);
    expect(patternFitsFormat('arn:aws:s3:::reports/*', OBJECT, s3)).toBe(true);
    expect(patternFitsFormat('arn:aws:s3:::reports', OBJECT, s3)).toBe(false);
  });

  it("lets the policy's wildcards and variables stand for anything", () => {
    expect(patternFitsFormat('arn:aws:s3:::*', OBJECT, s3)).toBe(true);
    expect(patternFitsFormat('arn:aws:s3:::reports*', OBJECT, s3)).toBe(true);
    expect(patternFitsFormat('arn:aws:s3:::home/${aws:username}', BUCKET, s3)).toBe(false);
    expect(patternFitsFormat('arn:aws:s3:::home/${aws:username}', OBJECT, s3)).toBe(true);
    expect(patternFitsFormat('arn:aws:s3:::report?', BUCKET, s3)).toBe(true);
  });

  it('keeps header fields apart: region and account hold no `:`', () => {
    const table = 'arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}';
    expect(patternFitsFormat('arn:aws:dynamodb:us-east-1:111122223333:table/orders', table, dynamodb)).toBe(
      true,
    );
    expect(patternFitsFormat('arn:aws:dynamodb:us-east-1:table/orders', table, dynamodb)).toBe(false);
    expect(patternFitsFormat('arn:aws:s3:us-east-1::reports', BUCKET, s3)).toBe(false);
    // A table name holds no `/`: the index format goes deeper with one.
    expect(patternFitsFormat('arn:aws:dynamodb:*:*:table/orders/index/*', table, dynamodb)).toBe(false);
  });

  it('accepts log groups written the way AWS writes them, with a trailing `:*`', () => {
    const group = 'arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}';
    expect(patternFitsFormat('arn:aws:logs:*:*:log-group:/aws/lambda/*:*', group, logs)).toBe(true);
    expect(patternFitsFormat('arn:aws:logs:us-east-1:111122223333:log-group:app', group, logs)).toBe(true);
  });

  it('compares fixed text without case', () => {
    const machine = 'arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}';
    expect(patternFitsFormat('arn:aws:states:*:*:statemachine:x', machine, s3)).toBe(true);
  });
});

describe('tokensOverlap', () => {
  it('finds a common string of two patterns, or proves there is none', () => {
    const overlap = (a: string, b: string) => tokensOverlap(patternTokens(a), patternTokens(b));
    expect(overlap('a*c', 'ab*')).toBe(true);
    expect(overlap('a*c', 'b*')).toBe(false);
    expect(overlap('*x*', '*y*')).toBe(true);
    expect(overlap('a?c', 'abd')).toBe(false);
    expect(overlap('', '*')).toBe(true);
    expect(overlap('', '?')).toBe(false);
  });
});

describe('patternFitsAnyResource', () => {
  it('covers actions without resource types only with a wildcard', () => {
    expect(patternFitsAnyResource('*')).toBe(true);
    expect(patternFitsAnyResource('arn:aws:s3:::*')).toBe(true);
    expect(patternFitsAnyResource('arn:aws:s3:::reports')).toBe(false);
  });
});
