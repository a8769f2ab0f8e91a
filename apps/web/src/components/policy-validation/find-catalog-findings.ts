// Findings from the AWS service reference, beside the evaluator's grammar diagnostics: unknown
// services and actions, actions that never apply to the statement's resources, condition keys
// no action supports. Pure: the catalog chunks come in as data, and a service whose chunk has
// not arrived is simply not checked yet. Every finding is a warning in the evaluator's shape.
import type { Diagnostic, PolicyDocument, PolicyKind, Statement } from '@gatehouse/evaluator';
import { checkActionNames } from './check-action-names.js';
import { checkActionResources } from './check-action-resources.js';
import { checkConditionKey, type StatementActions } from './check-condition-keys.js';
import { prepareCatalog, type CatalogForFindings, type FindingsCatalog } from './findings-catalog.js';
import { StatementLocator } from './locate-statement-strings.js';
import { resolveAction } from './resolve-action.js';

/**
 * Trust and resource policies name principals of other accounts and services' own resources;
 * only names (services, actions, condition keys) are checked there, not resources.
 */
const CHECKS_RESOURCES: Record<PolicyKind, boolean> = {
  identity: true,
  boundary: true,
  scp: true,
  trust: false,
  resource: false,
};

/**
 * Findings point at the exact string when `document` came from text (`parsePolicy`), else at the
 * statement.
 */
export function findCatalogFindings(
  document: PolicyDocument,
  catalog: CatalogForFindings,
  kind: PolicyKind,
): Diagnostic[] {
  const prepared = prepareCatalog(catalog);
  const findings = document.statements.flatMap((statement) =>
    findInStatement(new StatementLocator(document, statement), statement, prepared, kind),
  );
  return sortByPosition(findings);
}

function findInStatement(
  locator: StatementLocator,
  statement: Statement,
  catalog: FindingsCatalog,
  kind: PolicyKind,
): Diagnostic[] {
  const actions = locator.list('Action').map((at) => ({ at, resolved: resolveAction(at.value, catalog) }));
  const notActions = locator
    .list('NotAction')
    .map((at) => ({ at, resolved: resolveAction(at.value, catalog) }));
  const findings = checkActionNames([...actions, ...notActions], catalog);
  if (CHECKS_RESOURCES[kind] && statement.action && statement.resource) {
    findings.push(...checkActionResources(actions, locator.list('Resource'), catalog));
  }
  const statementActions: StatementActions = {
    label: actions.length === 1 ? `\`${actions[0]?.at.value}\`` : "any of this statement's actions",
  };
  if (statement.action) statementActions.resolved = actions.map((a) => a.resolved);
  statement.conditions.forEach((clause, c) => {
    const finding = checkConditionKey(locator.conditionKey(clause, c), statementActions, catalog);
    if (finding) findings.push(finding);
  });
  return findings;
}

function sortByPosition(findings: Diagnostic[]): Diagnostic[] {
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort(
      (a, b) =>
        (a.finding.range?.start.offset ?? Infinity) - (b.finding.range?.start.offset ?? Infinity) ||
        a.order - b.order,
    )
    .map(({ finding }) => finding);
}
