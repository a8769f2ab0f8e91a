// What one page of simulation results may cost. AWS says a page may hold fewer than MaxItems
// results ("IAM might return fewer results, even when there are more results available"): we
// end a page early when its explanations reach PAGE_BYTES of JSON or its evaluation reaches
// PAGE_WORK units, whichever comes first, and always return at least one result.
import type { PolicyDocument } from '@gatehouse/evaluator';

/**
 * JSON characters of results in one page (~2 MB; the response holds little else). Serialising
 * the response is one synchronous step: ~15 ms for 2 MB.
 */
export const PAGE_BYTES = 2_000_000;

/** Evaluation work in one page, in the units of `documentWork` (~1 s of CPU at most). */
export const PAGE_WORK = 1_000_000;

/**
 * Roughly what explaining one action on one resource costs for this document: every statement
 * is explained, and each of its patterns and condition values is matched and described.
 */
export function documentWork(document: PolicyDocument): number {
  let units = 0;
  for (const s of document.statements) {
    units += 1 + (s.action?.length ?? 0) + (s.notAction?.length ?? 0);
    units += (s.resource?.length ?? 0) + (s.notResource?.length ?? 0);
    for (const c of s.conditions) units += 1 + c.values.length;
  }
  return units;
}
