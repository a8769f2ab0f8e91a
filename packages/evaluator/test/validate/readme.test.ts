// The README's table of diagnostic codes stays in step with the catalogue.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(Object.entries(DIAGNOSTIC_CODES))('documents `%s`', (code, info) => {
    expect(readme).toContain(`| \`${code}\` | ${info.severity} |`);
  });

  it('documents no code that does not exist', () => {
    const documented = [...readme.matchAll(/^\| `([a-z-]+)` \| (?:error|warning|info) \|/gm)].map(
      (m) => m[1],
    );
    expect(documented.filter((code) => !(code! in DIAGNOSTIC_CODES))).toEqual([]);
  });
});
