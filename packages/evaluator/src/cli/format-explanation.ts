// Prints an Explanation as an indented outline: the decision and why, then every policy and
// statement with a ✓/✗ per element and condition.
import type { ElementMatch, Explanation, StatementExplanation } from '../types.js';
import type { Output } from './output.js';

const mark = (matched: boolean) => (matched ? '✓' : '✗');

function statementTitle(s: StatementExplanation): string {
  const name = s.sid ? `statement \`${s.sid}\`` : `statement ${s.index + 1}`;
  const line = s.range ? ` (line ${s.range.start.line})` : '';
  return `${name}${line}: ${s.effect}, ${s.applies ? 'applies' : 'does not apply'}`;
}

function elementLine(e: ElementMatch): string {
  return `${mark(e.matched)} ${e.element}: ${e.reason}`;
}

export function printExplanation(output: Output, explanation: Explanation): void {
  output.out(`decision: ${explanation.decision}`);
  output.out(`why: ${explanation.summary}`);
  if (explanation.crossAccount)
    output.out('cross-account: the identity and the resource side must both allow');
  for (const d of explanation.diagnostics ?? []) {
    output.out(`note: ${d.message}`);
    if (d.help !== undefined) output.out(`  help: ${d.help}`);
  }
  for (const policy of explanation.policies) {
    output.out('');
    output.out(`${policy.category} policy ${policy.name ?? policy.id}: ${policy.decision}`);
    for (const statement of policy.statements) {
      output.out(`  ${statement.applies ? '●' : '○'} ${statementTitle(statement)}`);
      for (const element of statement.elements) output.out(`      ${elementLine(element)}`);
      for (const c of statement.conditions) {
        output.out(`      ${mark(c.matched)} Condition ${c.operator} ${c.key}: ${c.reason}`);
      }
    }
  }
}
