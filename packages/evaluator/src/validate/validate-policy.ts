// validatePolicy: the rules AWS applies to a policy of a given kind, plus Access Analyzer-style
// warnings, in one pass over a parsed document.
import type { Diagnostic, PolicyDocument, PolicyKind } from '../types.js';
import { sortDiagnostics } from '../diagnostics.js';
import { checkAccess } from './check-access.js';
import { checkActions } from './check-actions.js';
import { checkConditions } from './check-conditions.js';
import { checkDocument } from './check-document.js';
import { checkElements } from './check-elements.js';
import { checkPrincipals } from './check-principals.js';
import { checkRedundantStatements } from './check-redundant-statements.js';
import { checkResources } from './check-resources.js';
import { checkSids } from './check-sids.js';
import { checkVariables } from './check-variables.js';
import { KIND_RULES } from './kind-rules.js';
import { Reporter } from './reporter.js';

/**
 * Checks a document as a policy of `kind`. Findings point at the exact text when the document
 * came from `parsePolicy`. Syntax and element-type problems are the parser's to report; run
 * both through `checkPolicyText` to get everything at once.
 */
export function validatePolicy(document: PolicyDocument, kind: PolicyKind): Diagnostic[] {
  const rules = KIND_RULES[kind] ?? KIND_RULES.identity;
  const reporter = new Reporter(document);
  checkDocument(reporter, document, rules);
  for (const statement of document.statements) {
    checkElements(reporter, statement, rules);
    checkActions(reporter, statement);
    checkResources(reporter, statement);
    checkPrincipals(reporter, statement);
    checkConditions(reporter, statement, document);
    checkAccess(reporter, statement, kind);
  }
  checkSids(reporter, document, rules);
  checkRedundantStatements(reporter, document);
  checkVariables(reporter, document);
  return sortDiagnostics(reporter.diagnostics);
}
