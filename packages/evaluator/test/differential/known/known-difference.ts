// The shape of a known difference (see KNOWN-DIFFERENCES.md, same ids).
//
// A disagreement counts as known only if it is *explained*: the entry says when it applies
// and how to rewrite the case so that the oracle no longer trips on the point in question,
// without changing what AWS would decide. If the oracle, given the rewritten case, then gives
// our answer, the difference is that entry's and nothing else.
import type { DiffCase } from '../generate/generate-case.js';

export interface KnownDifference {
  /** The heading id in KNOWN-DIFFERENCES.md. */
  id: string;
  applies(c: DiffCase): boolean;
  /** The same case, written so the oracle decides it as AWS would. */
  rewriteForOracle(c: DiffCase): DiffCase;
}
