// Runs one case through both engines and classifies the outcome.
import type { DiffCase } from './generate/generate-case.js';
import { KNOWN_DIFFERENCES } from './known-differences.js';
import { askOracle, type OracleAnswer } from './oracle.js';
import { askOurs, type OurAnswer } from './ours.js';

export type Outcome =
  | { kind: 'agree'; decision: string }
  | { kind: 'known'; ids: string[] }
  /** The generator made something the oracle rejects: a bug in the generator, not a finding. */
  | { kind: 'oracle-error'; oracle: OracleAnswer }
  | { kind: 'disagree'; oracle: OracleAnswer; ours: OurAnswer; explainedBy?: string[] };

function same(a: OracleAnswer, b: OurAnswer): boolean {
  return 'decision' in a && 'decision' in b && a.decision === b.decision;
}

export async function compareCase(c: DiffCase): Promise<Outcome> {
  const oracle = await askOracle(c);
  if ('error' in oracle) return { kind: 'oracle-error', oracle };
  const ours = askOurs(c);
  if (same(oracle, ours)) return { kind: 'agree', decision: oracle.decision };

  const applicable = KNOWN_DIFFERENCES.filter((kd) => kd.applies(c));
  if (applicable.length > 0 && 'decision' in ours) {
    const rewritten = applicable.reduce((acc, kd) => kd.rewriteForOracle(acc), c);
    const corrected = await askOracle(rewritten);
    if (same(corrected, ours)) return { kind: 'known', ids: applicable.map((kd) => kd.id) };
  }
  return { kind: 'disagree', oracle, ours, explainedBy: applicable.map((kd) => kd.id) };
}
