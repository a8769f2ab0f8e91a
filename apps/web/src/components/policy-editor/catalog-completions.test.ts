// The editor's catalog completions and hovers, against the real catalog build read from disk
// the way the console's query cache reads it from the server: only the chunks asked for.
import type { GlobalConditionKeys, ServiceCatalog } from '@gatehouse/catalog';
import {
  defaultCatalogDir,
  loadCatalogIndex,
  loadGlobalConditionKeys,
  loadService,
} from '@gatehouse/catalog/node';
import { describe, expect, it } from 'vitest';
import type { CatalogIndexResponse } from '../../api/catalog-api.js';
import { arnSnippet, policyCompletions, policyHover, type CatalogSource } from './catalog-completions.js';

const fetched: string[] = [];
const source: CatalogSource = {
  async index() {
    return {
      ...(await loadCatalogIndex(defaultCatalogDir())),
      hash: 'test',
      base: '/test',
    } as CatalogIndexResponse;
  },
  async service(prefix) {
    fetched.push(prefix);
    return (await loadService(defaultCatalogDir(), prefix)) as ServiceCatalog;
  },
  async globalKeys() {
    return (await loadGlobalConditionKeys(defaultCatalogDir())) as GlobalConditionKeys;
  },
};

const complete = async (text: string) => policyCompletions(text, text.length, source);

describe('policyCompletions', () => {
  it('offers the actions of the service typed, with access level and description', async () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:Cre';
    const result = await complete(text);
    expect(result?.from).toBe(text.lastIndexOf('"') + 1);
    const create = result?.suggestions.find((s) => s.label === 'iam:CreateUser');
    expect(create).toMatchObject({
      kind: 'action',
      insertText: 'iam:CreateUser',
      detail: 'Write · AWS Identity and Access Management (IAM)',
    });
    expect(create?.documentation).toMatch(/user/i);
    expect(fetched).toEqual(['iam']);
  });

  it('offers service prefixes before the colon, and nothing for a service the catalog lacks', async () => {
    const prefixes = await complete('{"Statement": {"Action": ["s3:GetObject", "ec');
    expect(prefixes?.suggestions.map((s) => s.label)).toContain('ec2:');
    expect(prefixes?.suggestions.find((s) => s.label === 'ec2:')).toMatchObject({
      retrigger: true,
      detail: 'Amazon EC2',
    });
    expect(await complete('{"Statement": {"Action": "nosuchservice:Get')).toBeUndefined();
  });

  it('offers the ARN formats of the statement’s services in Resource, as snippets', async () => {
    const text = '{"Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["';
    const labels = (await complete(text))?.suggestions.map((s) => s.label) ?? [];
    expect(labels).toContain('arn:aws:s3:::${BucketName}/${ObjectName}');
    expect(arnSnippet('arn:${Partition}:s3:::${BucketName}/${ObjectName}')).toBe(
      'arn:aws:s3:::${1:BucketName}/${2:ObjectName}',
    );
  });

  it('offers global keys and the statement’s service keys under a condition operator', async () => {
    const text =
      '{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"';
    const labels = (await complete(text))?.suggestions.map((s) => s.label) ?? [];
    expect(labels).toContain('aws:SourceVpc');
    expect(labels).toContain('s3:prefix');
    expect(await complete('{"Statement": [{"Effect": "Al')).toBeUndefined();
  });
});

describe('policyHover', () => {
  it('says what an action is and its access level', async () => {
    const text = '{"Statement": {"Action": ["iam:CreateUser"], "Resource": "*"}}';
    const hover = await policyHover(text, text.indexOf('Create'), source);
    expect(hover?.contents.join('\n')).toContain('Access level: **Write**');
    expect(text.slice(hover!.from, hover!.to)).toBe('"iam:CreateUser"');
    expect(await policyHover(text, text.indexOf('Resource') + 2, source)).toBeUndefined();
  });

  it('says what a condition key is', async () => {
    const text = '{"Statement": {"Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}}';
    const hover = await policyHover(text, text.indexOf('SourceIp'), source);
    expect(hover?.contents[0]).toBe('**aws:SourceIp** · IPAddress');
  });
});
