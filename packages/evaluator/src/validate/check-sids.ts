// `Sid`: IAM allows only ASCII letters and digits, and every `Sid` in a policy must be unique.
import type { PolicyDocument } from '../types.js';
import { quote } from '../diagnostics.js';
import type { KindRules } from './kind-rules.js';
import type { Reporter } from './reporter.js';

export function checkSids(reporter: Reporter, document: PolicyDocument, rules: KindRules): void {
  const seen = new Set<string>();
  for (const statement of document.statements) {
    const sid = statement.sid;
    if (sid === undefined) continue;
    const path = ['Statement', statement.index, 'Sid'];
    if (rules.sidLettersAndDigitsOnly && !/^[A-Za-z0-9]*$/.test(sid)) {
      reporter.report('invalid-sid', `\`Sid\` ${quote(sid)} may contain only letters and digits`, path, {
        help: `IAM allows A–Z, a–z and 0–9 in ${rules.label}; try ${quote(sid.replace(/[^A-Za-z0-9]/g, '') || 'Statement1')}`,
      });
    }
    if (seen.has(sid)) {
      reporter.report('duplicate-sid', `\`Sid\` ${quote(sid)} is used by more than one statement`, path, {
        help: 'each statement of a policy needs its own `Sid`',
      });
    }
    seen.add(sid);
  }
}
