// The Visual tab's cards for the editor's text. The text is the single source of truth; the cards
// are derived from it. Two things keep the cards steady while the user types:
// - text the Visual tab itself just wrote maps back to the very cards it was written from
//   (same keys, so no card remounts and focus stays in the field being typed in);
// - text changed elsewhere (the JSON tab) is parsed afresh and its cards take the previous
//   cards' keys position by position.
import { adoptKeys } from './adopt-keys.js';
import { policyToVisual, type ToVisualResult, type VisualPolicy } from './model/index.js';

/** Cards the Visual tab wrote, with the text it wrote for them. */
export interface EmittedCards {
  text: string;
  policy: VisualPolicy;
}

export function cardsForText(
  text: string,
  previous: VisualPolicy | undefined,
  emitted: EmittedCards | undefined,
): ToVisualResult {
  if (emitted && emitted.text === text) return { ok: true, policy: emitted.policy };
  const result = policyToVisual(text);
  return result.ok ? { ok: true, policy: adoptKeys(result.policy, previous) } : result;
}

/** `Statement[2].Action` for a problem's path, for the reason shown above the cards. */
export function formatProblemPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
