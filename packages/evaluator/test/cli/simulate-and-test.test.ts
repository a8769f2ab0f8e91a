// `gatehouse-policy simulate` and `gatehouse-policy test` against the examples.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir, runCli } from './run-cli.js';

const developer = 'examples/policies/developer.json';

describe('gatehouse-policy simulate', () => {
  it('prints the decision, the reason and every statement', () => {
    const result = runCli([
      'simulate',
      '--policy',
      developer,
      '--action',
      's3:GetObject',
      '--resource',
      'arn:aws:s3:::app-data/reports/q3.csv',
      '--context',
      'aws:SecureTransport=false',
    ]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('decision: ExplicitDeny');
    expect(lines[1]).toMatch(/^why: .*DenyWithoutTls/);
    expect(result.stdout).toContain('● statement `DenyWithoutTls` (line 22): Deny, applies');
    expect(result.stdout).toContain('✓ Condition Bool aws:SecureTransport:');
  });

  it('applies the permissions boundary and emits JSON', () => {
    const result = runCli([
      'simulate',
      '--policy',
      developer,
      '--boundary',
      'examples/policies/boundary.json',
      '--action',
      'iam:PassRole',
      '--resource',
      'arn:aws:iam::111122223333:role/app-web',
      '--json',
    ]);
    expect(result.status).toBe(0);
    const explanation = JSON.parse(result.stdout);
    expect(explanation.decision).toBe('ImplicitDeny');
    expect(explanation.request.principal).toBe('arn:aws:iam::111122223333:user/simulated-user');
    expect(explanation.policies.map((p: { category: string }) => p.category).sort()).toEqual([
      'boundary',
      'identity',
    ]);
  });

  it('refuses invalid policies and shows why (exit 2)', () => {
    const result = runCli([
      'simulate',
      '--policy',
      'examples/policies/broken.json',
      '--action',
      's3:GetObject',
      '--resource',
      '*',
    ]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('examples/policies/broken.json:7:34 error invalid-action');
    expect(result.stderr).toContain('cannot simulate with invalid policies: examples/policies/broken.json');
  });

  it('applies resource control policies and notes an S3 resource whose account it had to assume', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-rcp-'));
    const rcp = join(dir, 'rcp.json');
    writeFileSync(
      rcp,
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: '*' }],
      }),
    );
    const ask = (extra: string[]) =>
      runCli([
        'simulate',
        '--policy',
        developer,
        '--rcp',
        rcp,
        '--action',
        's3:GetObject',
        '--resource',
        'arn:aws:s3:::app-data/reports/q3.csv',
        '--context',
        'aws:SecureTransport=true',
        ...extra,
      ]);
    const assumed = ask([]);
    expect(assumed.status).toBe(0);
    expect(assumed.stdout).toContain('decision: ImplicitDeny');
    expect(assumed.stdout).toContain('why: no resource control policy at the organization root allows');
    expect(assumed.stdout).toContain('note: `arn:aws:s3:::app-data/reports/q3.csv` names no account');
    expect(assumed.stdout).toContain('rcp policy rcp.json: ImplicitDeny');
    expect(ask(['--resource-account', '111122223333']).stdout).not.toContain('note:');
  });

  it('needs an action', () => {
    const result = runCli(['simulate', '--policy', developer, '--resource', '*']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('an action is required');
  });
});

describe('gatehouse-policy test', () => {
  it('runs the example suite', () => {
    const result = runCli(['test', 'examples/suite.json']);
    expect(result.stdout).toContain(
      '✓ an SCP stops even an administrator from leaving the organization (ExplicitDeny)',
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('9 passed, 0 failed');
    expect(result.status).toBe(0);
  });

  it('reports a case whose decision differs, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-suite-'));
    const suite = {
      policies: {
        dev: { file: join(packageDir, developer) },
        bad: { document: { Statement: [{ Effect: 'Allow' }] } },
      },
      cases: [
        {
          name: 'reads',
          identity: ['dev'],
          request: { action: 's3:GetObject', resource: 'arn:aws:s3:::app-data/x' },
          expect: 'Allow',
        },
        {
          name: 'deletes',
          identity: ['dev'],
          request: { action: 's3:DeleteObject', resource: 'arn:aws:s3:::app-data/x' },
          expect: 'Allow',
        },
        {
          name: 'broken policy',
          identity: ['bad'],
          request: { action: 's3:GetObject', resource: '*' },
          expect: 'Deny',
        },
      ],
    };
    writeFileSync(join(dir, 'suite.json'), JSON.stringify(suite));
    const result = runCli(['test', join(dir, 'suite.json')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✓ reads (Allow)');
    expect(result.stdout).toContain('✗ deletes: expected Allow, got ImplicitDeny');
    expect(result.stdout).toContain('✗ broken policy: could not run');
    expect(result.stdout).toContain('policy `bad` is not a valid identity policy:');
    expect(result.stdout).toContain('missing-action');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 passed, 2 failed');
  });

  it('applies the resource control policies a case lists, level by level', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-suite-'));
    const rcp = (action: string) => ({
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: action, Resource: '*' }],
      },
    });
    const suite = {
      policies: { dev: { file: join(packageDir, developer) }, all: rcp('*'), writes: rcp('s3:Put*') },
      cases: [
        {
          name: 'an RCP level without an allow',
          identity: ['dev'],
          rcp: [['all'], ['writes']],
          request: {
            action: 's3:GetObject',
            resource: 'arn:aws:s3:::app-data/x',
            resourceAccount: '111122223333',
            context: { 'aws:SecureTransport': true },
          },
          expect: 'ImplicitDeny',
        },
        {
          name: 'every level allows',
          identity: ['dev'],
          rcp: [['all']],
          request: {
            action: 's3:GetObject',
            resource: 'arn:aws:s3:::app-data/x',
            resourceAccount: '111122223333',
            context: { 'aws:SecureTransport': true },
          },
          expect: 'Allow',
        },
      ],
    };
    writeFileSync(join(dir, 'suite.json'), JSON.stringify(suite));
    const result = runCli(['test', join(dir, 'suite.json')]);
    expect(result.stdout.trim().split('\n').at(-1), result.stdout).toBe('2 passed, 0 failed');
  });

  it('explains a malformed suite (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-suite-'));
    writeFileSync(
      join(dir, 'suite.json'),
      JSON.stringify({
        policies: {},
        cases: [{ name: 'x', request: { action: 'a:b', resource: '*' }, expect: 'Permit' }],
      }),
    );
    const result = runCli(['test', join(dir, 'suite.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cases[0].expect must be one of Allow, Deny, ExplicitDeny, ImplicitDeny');
  });
});
