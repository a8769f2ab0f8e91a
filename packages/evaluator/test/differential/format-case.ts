// A disagreement written out so a person can reproduce and judge it without the generator.
import { policiesOf } from './case-policies.js';
import type { DiffCase } from './generate/generate-case.js';

export function describeCase(c: DiffCase): string {
  const r = c.request;
  const lines = [
    `case #${c.index} (replay: DIFF_SEED=${c.seed} DIFF_CASE=${c.index})`,
    `request: ${r.principal} → ${r.action} on ${r.resource} (resource account ${r.resourceAccount})`,
    `context: ${JSON.stringify(r.context)}`,
  ];
  for (const p of policiesOf(c))
    lines.push(`${p.kind} policy ${p.name}:`, indent(JSON.stringify(p.json, null, 2)));
  return lines.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

export function describeAnswer(answer: { decision: string } | { error: string }): string {
  return 'decision' in answer ? answer.decision : `error: ${answer.error}`;
}
