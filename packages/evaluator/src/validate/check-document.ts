// Document-level checks: the `Version` and whether there is any statement at all.
import type { PolicyDocument } from '../types.js';
import type { KindRules } from './kind-rules.js';
import type { Reporter } from './reporter.js';

export function checkDocument(reporter: Reporter, document: PolicyDocument, rules: KindRules): void {
  if (rules.versionRequired && document.version !== '2012-10-17' && !reporter.written(['Version'])) {
    reporter.report('invalid-version', `${rules.label} must have \`"Version": "2012-10-17"\``, [], {
      part: 'open',
      help: 'add "Version": "2012-10-17" at the top of the policy',
    });
  } else if (rules.versionRequired && document.version === '2008-10-17') {
    reporter.report('invalid-version', `${rules.label} must use version \`2012-10-17\``, ['Version']);
  } else if (document.version === undefined && !reporter.written(['Version'])) {
    reporter.report('missing-version', 'policy has no `Version`, so the 2008-10-17 rules apply', [], {
      part: 'open',
      help: 'add "Version": "2012-10-17" at the top of the policy',
    });
  }
  // Written as `[]`, or built in code; a missing or mistyped `Statement` was reported by the parser.
  const writtenEmpty = reporter.writtenItems(['Statement']) === 0;
  if (document.statements.length === 0 && (writtenEmpty || !reporter.written([]))) {
    reporter.report(
      'empty-statement',
      'the policy has no statements, so it allows and denies nothing',
      ['Statement'],
      {
        help: 'add at least one statement',
      },
    );
  }
}
