// The editor's check against the real evaluator, through to the markers Monaco would draw.
import { POLICY_SIZE_LIMITS } from '@gatehouse/evaluator';
import { describe, expect, it } from 'vitest';
import { checkPolicy, withCatalogFindings } from './check-policy.js';
import { diagnosticsToMarkers, type TextBounds } from './diagnostics-to-markers.js';

function bounds(text: string): TextBounds {
  const lines = text.split(/\r\n|\r|\n/);
  return { getLineCount: () => lines.length, getLineMaxColumn: (line) => (lines[line - 1]?.length ?? 0) + 1 };
}

const valid = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
  null,
  2,
);

describe('checkPolicy', () => {
  it('finds nothing wrong with a valid identity policy', () => {
    const check = checkPolicy(valid, 'identity', POLICY_SIZE_LIMITS.inlineUser);
    expect(check).toMatchObject({ hasErrors: false, errorCount: 0, limit: 2048 });
    expect(check.size).toBe(valid.replace(/\s/g, '').length);
  });

  it('puts an invalid Effect under the value it names', () => {
    const text = valid.replace('"Allow"', '"Allw"');
    const check = checkPolicy(text, 'identity', undefined);
    expect(check.hasErrors).toBe(true);
    const markers = diagnosticsToMarkers(check.diagnostics, bounds(text));
    const effect = markers.find((m) => m.code === 'invalid-effect');
    expect(effect).toBeDefined();
    const line = text.split('\n')[effect!.startLineNumber - 1]!;
    expect(line.slice(effect!.startColumn - 1, effect!.endColumn - 1)).toContain('Allw');
    expect(effect!.severity).toBe(8);
  });

  it('blocks saving a policy over its quota', () => {
    const check = checkPolicy(valid, 'identity', 20);
    expect(check.hasErrors).toBe(true);
    expect(check.diagnostics.map((d) => d.code)).toContain('policy-too-large');
  });

  it('reports broken JSON without throwing', () => {
    const check = checkPolicy('{ "Version": "2012-10-17", ', 'identity', undefined);
    expect(check.hasErrors).toBe(true);
    expect(check.errorCount).toBeGreaterThan(0);
  });

  it('requires a Principal in a trust policy but refuses one in an identity policy', () => {
    expect(checkPolicy(valid, 'trust', undefined).hasErrors).toBe(true);
    const withPrincipal = valid.replace('"Effect"', '"Principal": {"AWS": "111122223333"}, "Effect"');
    expect(checkPolicy(withPrincipal, 'identity', undefined).hasErrors).toBe(true);
  });

  it('counts catalog findings as warnings and never as errors', () => {
    const check = checkPolicy(valid, 'identity', undefined);
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    const finding = {
      code: 'unknown-action',
      severity: 'error' as const, // whatever a caller says, a catalog finding is a warning
      message: '`s3:GetObjekt` is not an action of Amazon S3',
      path: ['Statement', 0, 'Action'],
      range: { start: at(5), end: at(9) },
    };
    const merged = withCatalogFindings(check, [finding]);
    expect(merged).toMatchObject({ hasErrors: false, errorCount: 0, warningCount: check.warningCount + 1 });
    expect(merged.diagnostics.find((d) => d.code === 'unknown-action')?.severity).toBe('warning');
    expect(withCatalogFindings(check, [])).toBe(check);
  });
});
