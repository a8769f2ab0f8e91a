// Reads a statement's Action or NotAction list into a card's service and action names, or says
// why one card cannot show it. A card holds one service: every entry is `prefix:name` with the
// same prefix (compared without case, as IAM does, and kept in lowercase), or the list is exactly
// `*`. Names are kept as written. The lone entry `s3:` is how `visualToPolicy` writes a card with
// a service and no actions yet, so it reads back as that card.
import type { NotRepresentableCode, VisualStatement } from './visual-policy.js';
import { code, listSome } from './words.js';

/** What the evaluator accepts as a service prefix (check-actions.ts), in lowercase. */
const SERVICE_PREFIX = /^[a-z0-9-]+$/;

export type ReadActions =
  | { ok: true; card: Pick<VisualStatement, 'service' | 'actions'> }
  | { ok: false; code: NotRepresentableCode; reason: string; entry?: number };

/** `statement` names the statement in reasons; `element` is `Action` or `NotAction`. */
export function readActions(
  list: readonly string[] | undefined,
  statement: string,
  element: string,
): ReadActions {
  if (list === undefined || list.length === 0) return { ok: true, card: { actions: [] } };
  if (list.includes('*')) {
    if (list.length === 1) return { ok: true, card: { service: '*', actions: ['*'] } };
    return {
      ok: false,
      code: 'star-with-others',
      reason: `${statement} lists \`*\` together with other actions in \`${element}\`; the visual editor shows \`*\` only on its own`,
      entry: list.indexOf('*'),
    };
  }
  const services: string[] = [];
  const actions: string[] = [];
  for (const [j, entry] of list.entries()) {
    const colon = entry.indexOf(':');
    const prefix = colon < 0 ? '' : entry.slice(0, colon).toLowerCase();
    if (!SERVICE_PREFIX.test(prefix)) {
      const why =
        colon < 0 ? 'has no service prefix' : `has the service prefix ${code(entry.slice(0, colon))}`;
      return {
        ok: false,
        code: 'not-service-action',
        reason: `${statement}: action ${code(entry)} ${why}; the visual editor shows actions as \`service:action\``,
        entry: j,
      };
    }
    if (!services.includes(prefix)) services.push(prefix);
    actions.push(entry.slice(colon + 1));
  }
  if (services.length > 1) {
    return {
      ok: false,
      code: 'several-services',
      reason: `${statement} names actions of ${services.length} services (${listSome(services)}); the visual editor edits one service per statement`,
    };
  }
  const service = services[0] as string;
  if (actions.length === 1 && actions[0] === '') return { ok: true, card: { service, actions: [] } };
  const empty = actions.indexOf('');
  if (empty >= 0) {
    return {
      ok: false,
      code: 'empty-action-name',
      reason: `${statement}: action ${code(list[empty] as string)} has no action name`,
      entry: empty,
    };
  }
  return { ok: true, card: { service, actions } };
}
