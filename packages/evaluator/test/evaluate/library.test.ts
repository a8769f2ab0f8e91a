// The evaluator as a library, beyond the corpus: requests that cannot be decided without a
// guess, policies handed over as parsed JSON, binary context values, and policy sets that
// must not share state.

import { describe, expect, it } from 'vitest';
import {
  checkRequest,
  compilePolicySet,
  evaluate,
  evaluateRequest,
  explain,
  parsePolicy,
  parsePolicyJson,
  validatePolicy,
} from '../../src/index.js';
import type { EvaluationRequest, PolicyDocument } from '../../src/types.js';

const ANA = 'arn:aws:iam::111122223333:user/ana';

function setOf(...statements: object[]): ReturnType<typeof compilePolicySet> {
  const { document } = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
  return compilePolicySet({ identity: [{ id: 'p', document: document! }] });
}

describe('the account owning the resource', () => {
  const set = setOf({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' });
  const request: EvaluationRequest = {
    principal: ANA,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::reports/q1.csv',
  };

  it('is required when the ARN names none (S3): evaluateRequest refuses to guess', () => {
    const result = evaluateRequest(set, request);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'resource-account-unknown',
        severity: 'error',
        path: ['resourceAccount'],
        message: '`arn:aws:s3:::reports/q1.csv` names no account and the request gives no `resourceAccount`',
      }),
    ]);
    expect(checkRequest(request).map((d) => d.code)).toEqual(['resource-account-unknown']);
  });

  it('decides once the caller names it: the bucket in another account is a cross-account request', () => {
    expect(evaluateRequest(set, { ...request, resourceAccount: '111122223333' })).toEqual({
      ok: true,
      decision: 'Allow',
    });
    expect(evaluateRequest(set, { ...request, resourceAccount: '444455556666' })).toEqual({
      ok: true,
      decision: 'ImplicitDeny',
    });
  });

  it('is read from ARNs that carry it, and `*` names no resource to own', () => {
    const iam = setOf({ Effect: 'Allow', Action: 'iam:*', Resource: '*' });
    for (const resource of [
      'arn:aws:iam::111122223333:user/bob',
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      '*',
    ]) {
      expect(checkRequest({ principal: ANA, action: 'iam:GetUser', resource }), resource).toEqual([]);
      expect(evaluateRequest(iam, { principal: ANA, action: 'iam:GetUser', resource })).toEqual({
        ok: true,
        decision: 'Allow',
      });
    }
  });

  it('is not asked of callers outside IAM (a resource-based policy alone decides for them)', () => {
    expect(checkRequest({ ...request, principal: 'logging.s3.amazonaws.com' })).toEqual([]);
  });

  it('evaluate() and explain() keep deciding as before, and explain() says what it assumed', () => {
    expect(evaluate(set, request)).toBe('Allow');
    const explanation = explain(set, request);
    expect(explanation.decision).toBe('Allow');
    expect(explanation.diagnostics).toEqual([
      expect.objectContaining({
        code: 'resource-account-unknown',
        help: expect.stringContaining('assumed the caller’s account `111122223333`'),
      }),
    ]);
    expect(explain(set, { ...request, resourceAccount: '111122223333' }).diagnostics).toBeUndefined();
  });
});

describe('policies handed over as parsed JSON', () => {
  const json = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Read',
        Effect: 'Allow',
        Action: ['s3:GetObject'],
        Resource: 'arn:aws:s3:::reports/*',
        Condition: { NumericLessThan: { 's3:max-keys': 10 }, Bool: { 'aws:SecureTransport': true } },
      },
    ],
  };

  const withoutRanges = (document: PolicyDocument | undefined) =>
    JSON.parse(JSON.stringify(document, (key, value: unknown) => (key === 'range' ? undefined : value)));

  it('read as the same document the text would give, without positions', () => {
    const fromObject = parsePolicyJson(json);
    expect(fromObject.diagnostics).toEqual([]);
    expect(fromObject.document).toEqual(withoutRanges(parsePolicy(JSON.stringify(json)).document));
    const compiled = compilePolicySet({ identity: [{ id: 'p', document: fromObject.document! }] });
    const request = {
      principal: ANA,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports/q1.csv',
      resourceAccount: '111122223333',
      context: { 's3:max-keys': 5, 'aws:SecureTransport': true },
    };
    expect(evaluate(compiled, request)).toBe('Allow');
  });

  it('report problems by path, with no range, and validate like parsed text', () => {
    const result = parsePolicyJson({ Statement: [{ Effect: 'Maybe', Action: 5, Resource: '*' }], Extra: 1 });
    expect(result.diagnostics.map((d) => [d.code, d.path, d.range])).toEqual([
      ['invalid-effect', ['Statement', 0, 'Effect'], undefined],
      ['invalid-type', ['Statement', 0, 'Action'], undefined],
      ['unknown-element', ['Extra'], undefined],
    ]);
    const checked = validatePolicy(result.document!, 'identity');
    expect(checked.map((d) => d.code)).toContain('missing-action');
  });

  it('never throw, whatever the value', () => {
    const cyclic: Record<string, unknown> = { Version: '2012-10-17' };
    cyclic['Statement'] = [cyclic];
    const odd: unknown[] = [
      undefined,
      null,
      'text',
      42,
      [],
      cyclic,
      { Statement: [{ Effect: 'Allow', Action: () => 1, Resource: Number.NaN }] },
      { Statement: { Effect: 'Allow', Action: 's3:*', Resource: 10n } },
      { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: new Date(0) }] },
    ];
    for (const value of odd) {
      const result = parsePolicyJson(value);
      expect(result.diagnostics.length, String(value)).toBeGreaterThan(0);
    }
  });
});

describe('binary context values', () => {
  // "BinaryValue" is QmluYXJ5VmFsdWU= in base64.
  const set = setOf({
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: '*',
    Condition: { BinaryEquals: { 'aws:x': 'QmluYXJ5VmFsdWU=' } },
  });
  const ask = (value: unknown) =>
    ({
      principal: ANA,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      resourceAccount: '111122223333',
      context: { 'aws:x': value },
    }) as EvaluationRequest;

  it('are compared byte for byte with the decoded policy value', () => {
    expect(evaluate(set, ask(new TextEncoder().encode('BinaryValue')))).toBe('Allow');
    expect(evaluate(set, ask(new TextEncoder().encode('BinaryValuf')))).toBe('ImplicitDeny');
    expect(evaluate(set, ask(new Uint8Array()))).toBe('ImplicitDeny');
  });

  it('are not text: a string operator never matches one, and its negation does not hold either', () => {
    const strings = setOf(
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { StringEquals: { 'aws:x': '66,105' } },
      },
      {
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:x': 'x' } },
      },
    );
    expect(evaluate(strings, ask(new Uint8Array([66, 105])))).toBe('ImplicitDeny');
    expect(evaluate(strings, { ...ask(new Uint8Array([66, 105])), action: 's3:PutObject' })).toBe(
      'ImplicitDeny',
    );
  });

  it('still accept base64 text from callers that can only send strings, and explain shows the bytes', () => {
    expect(evaluate(set, ask('QmluYXJ5VmFsdWU='))).toBe('Allow');
    const [condition] = explain(set, ask(new TextEncoder().encode('Bi'))).policies[0]!.statements[0]!
      .conditions;
    expect(condition?.reason).toContain('binary `Qmk=` (base64)');
  });
});

describe('policy sets share no state', () => {
  const outer = setOf({
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::b/${aws:username}/*',
  });
  const inner = setOf({
    Effect: 'Allow',
    Action: 'iam:GetUser',
    Resource: 'arn:aws:iam::111122223333:user/*',
  });

  it('even when a context value computed on demand evaluates another set mid-evaluation', () => {
    // The first statement reads aws:username (and fails); the second is matched after that
    // read, against the request as it was before the nested evaluation.
    const first = setOf(
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { StringEquals: { 'aws:username': 'nobody' } },
      },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/ana/*' },
    );
    const decisions: string[] = [];
    const context = {
      get 'aws:username'() {
        decisions.push(
          evaluate(inner, {
            principal: ANA,
            action: 'iam:GetUser',
            resource: 'arn:aws:iam::111122223333:user/x',
          }),
        );
        return 'ana';
      },
    };
    const request = {
      principal: ANA,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/ana/k',
      resourceAccount: '111122223333',
      context,
    };
    expect(evaluate(first, request)).toBe('Allow');
    expect(evaluate(outer, request)).toBe('Allow');
    expect(decisions.length).toBeGreaterThan(0);
    expect(new Set(decisions)).toEqual(new Set(['Allow']));
  });

  it('a condition with policy variables compiled for two sets keeps each its own scratch', () => {
    // Both sets hold the same clause (the compiler reuses its compiled form); reading
    // aws:userid for the outer request evaluates the inner set, which resolves the same
    // variables to bob's values while the outer match has ana's half resolved.
    const statement = {
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: '*',
      Condition: { StringLike: { 's3:prefix': 'home/${aws:username}/${aws:userid}/*' } },
    };
    const outerSet = setOf(statement);
    const innerSet = setOf(statement);
    const ask = (user: string, id: () => string) => ({
      principal: ANA,
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::b',
      resourceAccount: '111122223333',
      context: {
        'aws:username': user,
        get 'aws:userid'() {
          return id();
        },
        's3:prefix': `home/${user}/${user.toUpperCase()}/k`,
      },
    });
    // Each way round: one of the two holds the clause as first compiled, the other a copy.
    for (const [outside, inside] of [
      [outerSet, innerSet],
      [innerSet, outerSet],
    ] as const) {
      const nested: string[] = [];
      const request = ask('ana', () => {
        nested.push(
          evaluate(
            inside,
            ask('bob', () => 'BOB'),
          ),
        );
        return 'ANA';
      });
      expect(evaluate(outside, request)).toBe('Allow');
      expect(nested).toEqual(['Allow']);
      expect(
        evaluate(
          outside,
          ask('bob', () => 'ANA'),
        ),
      ).toBe('ImplicitDeny');
    }
  });

  it('interleaved requests to two sets decide as each set alone', () => {
    const requests = ['ana', 'bob'].flatMap((user) =>
      ['s3:GetObject', 'iam:GetUser'].map((action) => ({
        principal: ANA,
        action,
        resource:
          action === 'iam:GetUser' ? `arn:aws:iam::111122223333:user/${user}` : `arn:aws:s3:::b/${user}/k`,
        resourceAccount: '111122223333',
        context: { 'AWS:USERNAME': user, 'aws:SourceIp': user === 'ana' ? '10.0.0.1' : '2001:db8::1' },
      })),
    );
    const alone = (set: ReturnType<typeof compilePolicySet>) => requests.map((r) => evaluate(set, r));
    const expected = [alone(compilePolicySet(outer.input)), alone(compilePolicySet(inner.input))];
    expect(expected[0]).toContain('Allow');
    expect(expected[1]).toContain('Allow');
    const mixed: string[][] = [[], []];
    for (const r of requests) {
      mixed[0]!.push(evaluate(outer, r));
      mixed[1]!.push(evaluate(inner, r));
    }
    expect(mixed).toEqual(expected);
  });
});
