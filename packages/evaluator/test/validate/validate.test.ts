// Runs every validation case table through checkPolicyText (parse + validate + text checks).
import { describe, expect, it } from 'vitest';
import { checkPolicyText } from '../../src/validate/check-policy-text.js';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics.js';
import { expectDiagnostics } from '../parse/expect-diagnostics.js';
import type { ValidateCase } from './validate-case.js';
import { cases as elements } from './cases/elements.cases.js';
import { cases as actions } from './cases/actions.cases.js';
import { cases as resources } from './cases/resources.cases.js';
import { cases as principals } from './cases/principals.cases.js';
import { cases as conditions } from './cases/conditions.cases.js';
import { cases as sids } from './cases/sids.cases.js';
import { cases as warnings } from './cases/warnings.cases.js';
import { cases as text } from './cases/text.cases.js';

const tables: Record<string, ValidateCase[]> = {
  'elements by kind of policy': elements,
  actions,
  resources,
  principals,
  conditions,
  'statement ids': sids,
  'Access Analyzer-style warnings': warnings,
  'characters and size': text,
};

for (const [topic, cases] of Object.entries(tables)) {
  describe(topic, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const options = c.sizeLimit === undefined ? {} : { sizeLimit: c.sizeLimit };
      const result = checkPolicyText(c.text, c.kind, options);
      expectDiagnostics(c.text, result.diagnostics, c.diagnostics);
      expect(result.ok).toBe(
        !c.diagnostics.some(
          (d) => DIAGNOSTIC_CODES[d.code as keyof typeof DIAGNOSTIC_CODES]?.severity === 'error',
        ),
      );
      for (const d of result.diagnostics) {
        expect(DIAGNOSTIC_CODES, `catalogued code ${d.code}`).toHaveProperty(d.code);
        expect(d.message, 'Cedar style: lowercase start, no trailing period').toMatch(/^[^A-Z].*[^.]$/s);
      }
    });
  });
}
