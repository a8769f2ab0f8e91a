// The catalog findings against the real AWS service reference (@gatehouse/catalog's build).
import { DIAGNOSTIC_CODES, parsePolicy, parsePolicyJson } from '@gatehouse/evaluator';
import { describe, expect, it } from 'vitest';
import { CATALOG_FINDING_CODES } from './catalog-finding-codes.js';
import { catalogPrefixesFor } from './catalog-prefixes.js';
import { findingsFor, loadTestCatalog, policyText, rangeText } from './catalog-test-kit.js';
import { findCatalogFindings } from './find-catalog-findings.js';

const BUCKET = 'arn:aws:s3:::reports';
const OBJECTS = 'arn:aws:s3:::reports/*';
const TABLE = 'arn:aws:dynamodb:us-east-1:111122223333:table/orders';

const allow = (Action: unknown, Resource: unknown = '*', extra: object = {}) => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...extra,
});

describe('unknown services and actions', () => {
  it('points at a misspelt action and suggests the real one', async () => {
    const text = policyText(allow(['s3:ListBucket', 's3:GetObjekt'], [BUCKET, OBJECTS]));
    const [finding, ...rest] = await findingsFor(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'unknown-action',
      severity: 'warning',
      message: '`s3:GetObjekt` is not an action of Amazon S3',
      help: 'did you mean `s3:GetObject`?',
      path: ['Statement', 0, 'Action', 1],
    });
    // Line 8 of the formatted text is `        "s3:GetObjekt"`: the range is the string, quotes included.
    expect(text.split('\n')[7]).toBe('        "s3:GetObjekt"');
    expect(finding!.range).toMatchObject({ start: { line: 8, column: 9 }, end: { line: 8, column: 23 } });
    expect(rangeText(text, finding!)).toBe('"s3:GetObjekt"');
  });

  it('flags a service prefix the reference does not list and suggests the closest', async () => {
    const text = policyText(allow('s3x:GetObject'));
    const findings = await findingsFor(text);
    expect(findings).toMatchObject([
      {
        code: 'unknown-service',
        message: 'unknown service prefix `s3x` in action `s3x:GetObject`',
        help: 'did you mean `s3:GetObject`?',
        path: ['Statement', 0, 'Action'],
      },
    ]);
    expect(rangeText(text, findings[0]!)).toBe('"s3x:GetObject"');
  });

  it('accepts wildcards that match actions and flags those that match none', async () => {
    expect(await findingsFor(policyText(allow(['s3:Get*', 's3:*Object', 's3:List?ucket', 'ec2:*'])))).toEqual(
      [],
    );
    const text = policyText(allow(['s3:Pux*']));
    expect(await findingsFor(text)).toMatchObject([
      {
        code: 'unknown-action',
        message: '`s3:Pux*` matches no action of Amazon S3',
        help: 'did you mean `s3:Put*`?',
      },
    ]);
  });

  it('compares action names without case, as IAM does', async () => {
    expect(await findingsFor(policyText(allow(['S3:getobject', 'IAM:ListUsers'])))).toEqual([]);
  });

  it('leaves `*`, wildcard services and malformed actions to the evaluator', async () => {
    expect(
      await findingsFor(policyText(allow(['*', '*:Get*', 's3*:List*', 'GetObject', 's3 :GetObject']))),
    ).toEqual([]);
  });

  it('checks NotAction names too', async () => {
    const text = policyText({ Effect: 'Deny', NotAction: ['iam:ListUser'], Resource: '*' });
    expect(await findingsFor(text)).toMatchObject([
      {
        code: 'unknown-action',
        help: 'did you mean `iam:ListUsers`?',
        path: ['Statement', 0, 'NotAction', 0],
      },
    ]);
  });

  it('says when nothing is close, and that IAM still accepts the name', async () => {
    const [finding] = await findingsFor(policyText(allow('s3:FrobnicateTheWidgets')));
    expect(finding).toMatchObject({ code: 'unknown-action' });
    expect(finding!.help).toBe(
      'IAM still accepts it, in case it is newer than the service reference Gatehouse ships',
    );
  });
});

describe('actions and resources', () => {
  it('says which resource type an action takes when the ARN is of another type', async () => {
    const text = policyText(allow('s3:GetObject', BUCKET));
    const findings = await findingsFor(text);
    expect(findings).toMatchObject([
      {
        code: 'action-resource-mismatch',
        message:
          '`s3:GetObject` never applies to `arn:aws:s3:::reports` (a bucket); it takes `accesspointobject` or `object`',
        help: 'an `object` ARN looks like `arn:${Partition}:s3:::${BucketName}/${ObjectName}`',
      },
    ]);
    expect(rangeText(text, findings[0]!)).toBe('"s3:GetObject"');
  });

  it('accepts the usual bucket-and-objects statement', async () => {
    const text = policyText(allow(['s3:ListBucket', 's3:GetObject', 's3:PutObject'], [BUCKET, OBJECTS]));
    expect(await findingsFor(text)).toEqual([]);
  });

  it('flags ListBucket on object ARNs (a bucket name holds no `/`)', async () => {
    const text = policyText(allow('s3:ListBucket', OBJECTS));
    expect(await findingsFor(text)).toMatchObject([
      {
        code: 'action-resource-mismatch',
        message:
          '`s3:ListBucket` never applies to `arn:aws:s3:::reports/*` (an object); it takes `accesspoint` or `bucket`',
      },
    ]);
  });

  it('gives wildcards in Resource the benefit of the doubt', async () => {
    for (const resource of [
      '*',
      'arn:aws:s3:::*',
      'arn:aws:s3:::reports*',
      'arn:aws:*:*:*:*',
      'arn:aws:s3:::${aws:username}',
    ]) {
      expect(await findingsFor(policyText(allow(['s3:GetObject', 's3:ListBucket'], resource)))).toEqual([]);
    }
  });

  it('points at a resource no action of the statement applies to', async () => {
    const text = policyText(allow(['s3:GetObject'], [OBJECTS, TABLE]));
    const findings = await findingsFor(text);
    expect(findings).toMatchObject([
      {
        code: 'resource-matches-no-action',
        message: `no action of this statement applies to \`${TABLE}\` (a table)`,
        path: ['Statement', 0, 'Resource', 1],
      },
    ]);
    expect(rangeText(text, findings[0]!)).toBe(`"${TABLE}"`);
  });

  it('flags an action without resource-level permissions under a specific ARN', async () => {
    const text = policyText(allow('s3:ListAllMyBuckets', BUCKET));
    expect(await findingsFor(text)).toMatchObject([
      {
        code: 'action-takes-no-resource',
        message:
          '`s3:ListAllMyBuckets` never applies to `arn:aws:s3:::reports` (a bucket): it takes no resource, so only `"Resource": "*"` grants it',
      },
    ]);
    expect(await findingsFor(policyText(allow('s3:ListAllMyBuckets', 'arn:aws:s3:::*')))).toEqual([]);
  });

  it('describes a wildcard action by the actions it matches', async () => {
    const [finding] = await findingsFor(policyText(allow('dynamodb:*Item', BUCKET)));
    expect(finding).toMatchObject({
      code: 'action-resource-mismatch',
      message:
        'no action matching `dynamodb:*Item` applies to `arn:aws:s3:::reports` (a bucket); they take `table`',
    });
  });

  it('names many resources by their count', async () => {
    const resources = ['a', 'b', 'c', 'd'].map((name) => `arn:aws:s3:::${name}`);
    const [finding] = await findingsFor(policyText(allow('s3:GetObject', resources)));
    expect(finding!.message).toBe(
      "`s3:GetObject` never applies to any of this statement's 4 resources; it takes `accesspointobject` or `object`",
    );
  });

  it('does not check NotAction or NotResource against resources', async () => {
    const text = policyText(
      { Effect: 'Deny', NotAction: 's3:GetObject', Resource: BUCKET },
      { Effect: 'Deny', Action: 's3:GetObject', NotResource: BUCKET },
    );
    expect(await findingsFor(text)).toEqual([]);
  });

  it('checks only names and condition keys in trust and resource policies', async () => {
    const text = policyText(
      allow(['s3:GetObject', 's3:GetObjekt'], BUCKET, {
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      }),
    );
    const codes = (await findingsFor(text, 'resource')).map((f) => f.code);
    expect(codes).toEqual(['unknown-action']);
    expect((await findingsFor(text, 'identity')).map((f) => f.code)).toContain('action-resource-mismatch');
  });
});

describe('condition keys', () => {
  const withCondition = (action: string, key: string, resource = '*') =>
    policyText(allow(action, resource, { Condition: { StringLike: { [key]: 'x' } } }));

  it('accepts global keys, tag keys and the actions’ own keys', async () => {
    for (const [action, key] of [
      ['s3:GetObject', 'aws:SourceIp'],
      ['s3:GetObject', 'aws:ResourceTag/team'],
      ['s3:GetObject', 'aws:PrincipalTag/cost-center'],
      ['s3:GetObject', 's3:ExistingObjectTag/classification'],
      ['s3:ListBucket', 's3:prefix'],
      ['secretsmanager:GetSecretValue', 'secretsmanager:ResourceTag/owner'],
      ['ec2:RunInstances', 'ec2:InstanceType'],
    ] as const) {
      expect(await findingsFor(withCondition(action, key)), `${action} with ${key}`).toEqual([]);
    }
  });

  it('flags a key the statement’s actions do not support, on the key', async () => {
    const text = withCondition('s3:GetObject', 's3:prefix');
    const findings = await findingsFor(text);
    expect(findings).toMatchObject([
      {
        code: 'condition-key-not-applicable',
        message: 'condition key `s3:prefix` does not apply to `s3:GetObject`, so no request has it',
        path: ['Statement', 0, 'Condition', 'StringLike', 's3:prefix'],
      },
    ]);
    expect(rangeText(text, findings[0]!)).toBe('"s3:prefix"');
  });

  it('flags a key its service does not define, with a suggestion', async () => {
    const findings = await findingsFor(withCondition('s3:ListBucket', 's3:prefx'));
    expect(findings).toMatchObject([
      {
        code: 'unknown-condition-key',
        message: 'unknown condition key `s3:prefx`: Amazon S3 defines no such key',
        help: 'did you mean `s3:prefix`?',
      },
    ]);
    expect(await findingsFor(withCondition('s3:GetObject', 'aws:SourceIpp'))).toMatchObject([
      { code: 'unknown-condition-key', help: 'did you mean `aws:SourceIp`?' },
    ]);
  });

  it('checks keys against their own service when the actions cannot be told', async () => {
    expect(await findingsFor(withCondition('*', 's3:prefix'))).toEqual([]);
    expect(await findingsFor(withCondition('*', 's3:prefx'))).toMatchObject([
      { code: 'unknown-condition-key' },
    ]);
  });

  it('leaves identity providers’ keys alone in trust policies', async () => {
    const text = policyText({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:sub': 'system:serviceaccount:*' },
      },
    });
    expect(await findingsFor(text, 'trust')).toEqual([]);
  });
});

describe('ranges and shapes', () => {
  it('finds strings in a lone statement object, CRLF line ends and escapes', async () => {
    const text = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": {',
      '    "Effect": "Allow",',
      '    "Action": "s3:GetObj\\u0065kt",',
      '    "Resource": "*"',
      '  }',
      '}',
    ].join('\r\n');
    const [finding] = await findingsFor(text);
    expect(finding).toMatchObject({ code: 'unknown-action', path: ['Statement', 'Action'] });
    expect(finding!.range).toMatchObject({ start: { line: 5, column: 15 }, end: { line: 5, column: 34 } });
    expect(rangeText(text, finding!)).toBe('"s3:GetObj\\u0065kt"');
  });

  it('skips non-string items and keeps the rest aligned', async () => {
    const text = policyText(allow([42, 's3:GetObjekt'], '*'));
    const [finding] = await findingsFor(text);
    expect(finding).toMatchObject({ path: ['Statement', 0, 'Action', 1] });
    expect(rangeText(text, finding!)).toBe('"s3:GetObjekt"');
  });

  it('checks a service only once its chunk is there, and keys only once the global keys are', async () => {
    const text = policyText(
      allow('s3:GetObjekt', '*', { Condition: { Bool: { 'aws:SecureTransportt': 'true' } } }),
    );
    const document = parsePolicy(text).document!;
    const { index, globalKeys } = await loadTestCatalog();
    expect(findCatalogFindings(document, { index, services: new Map() }, 'identity')).toEqual([]);
    const withKeys = findCatalogFindings(document, { index, services: new Map(), globalKeys }, 'identity');
    // Global keys need no chunk; the action waits for s3's.
    expect(withKeys.map((f) => f.code)).toEqual(['unknown-condition-key']);
    const catalog = await loadTestCatalog(catalogPrefixesFor(document, index));
    expect(findCatalogFindings(document, catalog, 'identity').map((f) => f.code)).toEqual([
      'unknown-action',
      'unknown-condition-key',
    ]);
  });

  it('still points at the string while the text is mid-edit (not JSON yet)', async () => {
    const prefix = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObjekt",';
    for (const text of [`${prefix}"s3:Pu`, `${prefix}],"Resource":"*"}]}`, `${prefix}"s3:PutObject"`]) {
      const findings = await findingsFor(text);
      expect(findings.length, text).toBeGreaterThan(0);
      expect(rangeText(text, findings[0]!), text).toBe('"s3:GetObjekt"');
    }
    const unclosed = await findingsFor(`${prefix}"s3:Pu`);
    expect(unclosed.map((f) => rangeText(`${prefix}"s3:Pu`, f))).toEqual(['"s3:GetObjekt"', '"s3:Pu']);
  });

  it('gives only the path when the document was not parsed from text', async () => {
    const document = parsePolicyJson(JSON.parse(policyText(allow('s3:GetObjekt')))).document!;
    const catalog = await loadTestCatalog(['s3']);
    const [finding] = findCatalogFindings(document, catalog, 'identity');
    expect(finding).toMatchObject({ code: 'unknown-action', path: ['Statement', 0, 'Action', 0] });
    expect(finding!.range).toBeUndefined();
  });

  it('asks for the chunks of actions, resource ARNs and condition keys', async () => {
    const { index } = await loadTestCatalog();
    const document = parsePolicy(
      policyText(
        allow(['s3:GetObject', 'nosuchservice:Get', '*:List*'], TABLE, {
          Condition: { StringEquals: { 'kms:ViaService': 'x', 'aws:SourceIp': 'y' } },
        }),
      ),
    ).document!;
    expect(catalogPrefixesFor(document, index)).toEqual(['dynamodb', 'kms', 's3']);
  });

  it('uses codes of its own, all warnings', () => {
    for (const code of Object.keys(CATALOG_FINDING_CODES))
      expect(Object.hasOwn(DIAGNOSTIC_CODES, code)).toBe(false);
  });
});
