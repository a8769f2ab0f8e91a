// The one-line summary in a statement card's header, so a collapsed card still says what it
// does: "Allow 3 Amazon S3 actions on 2 resources, 1 condition".
import type { VisualStatement } from './model/visual-policy.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `serviceName` is the catalog's name for the statement's service when known. */
export function statementSummary(statement: VisualStatement, serviceName?: string): string {
  const verb = statement.effect === 'Deny' ? 'Deny' : 'Allow';
  if (statement.service === undefined) return `${verb}: choose a service`;
  const name = serviceName ?? statement.service;
  const except = statement.actionElement === 'NotAction' ? 'every action except ' : '';
  let actions: string;
  if (statement.service === '*') actions = 'every action of every service';
  else if (statement.actions.length === 0) actions = `no ${name} actions yet`;
  else if (statement.actions.includes('*')) actions = `all ${name} actions`;
  else actions = plural(statement.actions.length, `${name} action`);
  const all = statement.resources.length === 1 && statement.resources[0] === '*';
  const on = statement.resourceElement === 'NotResource' ? 'on every resource except ' : 'on ';
  let resources: string;
  if (statement.resources.length === 0) resources = 'no resources yet';
  else if (all) resources = 'all resources';
  else resources = plural(statement.resources.length, 'resource');
  const conditions = statement.conditions.length
    ? `, ${plural(statement.conditions.length, 'condition')}`
    : '';
  return `${verb} ${except}${actions} ${on}${resources}${conditions}`;
}
