// Runs every parser case table through parsePolicy.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/parse/parse-policy.js';
import { hasSourceMap } from '../../src/parse/source-map.js';
import { expectDiagnostics } from './expect-diagnostics.js';
import type { ParseCase } from './parse-case.js';
import { cases as jsonSyntax } from './cases/json-syntax.cases.js';
import { cases as structure } from './cases/structure.cases.js';

const tables: Record<string, ParseCase[]> = { 'JSON syntax': jsonSyntax, 'policy structure': structure };

for (const [topic, cases] of Object.entries(tables)) {
  describe(topic, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const result = parsePolicy(c.text);
      expectDiagnostics(c.text, result.diagnostics, c.diagnostics);
      if (c.noDocument) expect(result.document).toBeUndefined();
      else expect(result.document).toBeDefined();
      if (c.document) expect(result.document).toMatchObject(c.document);
      if (c.clauseText) {
        const clauses = result.document?.statements.flatMap((s) => s.conditions) ?? [];
        expect(clauses.map((cl) => c.text.slice(cl.range?.start.offset, cl.range?.end.offset))).toEqual(
          c.clauseText,
        );
      }
      // Without a source map: the same document and the same diagnostics, ranges included.
      const bare = parsePolicy(c.text, { sourceMap: false });
      expect(bare).toEqual(result);
      if (bare.document) expect(hasSourceMap(bare.document)).toBe(false);
      if (result.document) expect(hasSourceMap(result.document)).toBe(true);
      // Every statement's range covers exactly its object.
      for (const statement of result.document?.statements ?? []) {
        const covered = c.text.slice(statement.range?.start.offset, statement.range?.end.offset);
        expect(covered.startsWith('{')).toBe(true);
      }
    });
  });
}
