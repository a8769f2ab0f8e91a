// `gatehouse-policy validate` against the example policies.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('gatehouse-policy validate', () => {
  it('accepts each example policy as its kind', () => {
    const runs: [string, string][] = [
      ['examples/policies/developer.json', 'identity'],
      ['examples/policies/boundary.json', 'boundary'],
      ['examples/policies/bucket-policy.json', 'resource'],
      ['examples/policies/ci-trust.json', 'trust'],
      ['examples/policies/protect-organization.json', 'scp'],
    ];
    for (const [file, kind] of runs) {
      const result = runCli(['validate', file, '--kind', kind]);
      expect(result.stdout).toBe(`✓ ${file}: valid ${kind} policy (0 errors, 0 warnings)\n`);
      expect(result.status).toBe(0);
    }
  });

  it('prints file:line:col severity code message for each finding and exits 1', () => {
    const result = runCli(['validate', 'examples/policies/broken.json']);
    expect(result.status).toBe(1);
    const findings = result.stdout.split('\n').filter((line) => line.startsWith('examples/'));
    expect(findings).toEqual([
      'examples/policies/broken.json:5:14 error invalid-sid `Sid` `read-bucket` may contain only letters and digits',
      'examples/policies/broken.json:7:34 error invalid-action `s3GetObjectAcl` is not an action: expected `service:action`',
      'examples/policies/broken.json:8:19 error invalid-arn `arn:aws:s3::app-data/*` does not have all six ARN fields',
      'examples/policies/broken.json:9:7 error element-not-allowed `Principal` is not allowed in an identity-based policy',
      'examples/policies/broken.json:10:22 error unknown-condition-operator unknown condition operator `StringEqual`',
      'examples/policies/broken.json:14:7 warning allow-not-action `Allow` with `NotAction` allows every action not listed',
    ]);
    expect(result.stdout).toContain('  help: did you mean `StringEquals`?');
    expect(result.stdout).toContain(
      '✗ examples/policies/broken.json: invalid identity policy (5 errors, 1 warning)',
    );
  });

  it('judges the same file differently by kind', () => {
    const result = runCli(['validate', 'examples/policies/developer.json', '--kind=trust', '--json']);
    expect(result.status).toBe(1);
    const [report] = JSON.parse(result.stdout);
    expect(report.kind).toBe('trust');
    expect(report.ok).toBe(false);
    expect(new Set(report.diagnostics.map((d: { code: string }) => d.code))).toEqual(
      new Set(['missing-principal', 'element-not-allowed']),
    );
  });

  it('reads standard input and exits 0 when there are only warnings', () => {
    const policy =
      '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}';
    const result = runCli(['validate', '-'], { input: policy });
    expect(result.stdout).toBe(
      '-:1:70 warning allow-all this statement allows every action on every resource\n' +
        '  help: grant only the actions and resources needed (least privilege)\n' +
        '✓ -: valid identity policy (0 errors, 1 warning)\n',
    );
    expect(result.status).toBe(0);
  });

  it('holds a policy to the quota given', () => {
    const result = runCli(['validate', 'examples/policies/developer.json', '--size-limit', '100']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /error policy-too-large the policy is \d+ characters \(not counting white space\), over its quota of 100/,
    );
  });

  it.each([
    [['validate', 'no-such-file.json'], 'gatehouse-policy validate: cannot read no-such-file.json: ENOENT'],
    [['validate', 'examples/policies/admin.json', '--kind', 'group'], 'unknown kind `group`'],
    [['validate'], 'validate needs at least one policy file'],
    [['validate', 'x.json', '--colour'], 'unknown option --colour'],
  ])('usage errors exit 2: %j', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('gatehouse-policy itself', () => {
  it('prints usage without a command (exit 2) and with --help (exit 0)', () => {
    const bare = runCli([]);
    expect(bare.status).toBe(2);
    expect(bare.stdout).toContain('usage: gatehouse-policy <command>');
    expect(runCli(['--help']).status).toBe(0);
  });

  it('rejects an unknown command', () => {
    const result = runCli(['lint', 'x.json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command `lint`');
  });
});
