// `Action` / `NotAction` entries: each is `*` or `service:action` (wildcards allowed in the
// action part), and none repeats or is covered by a wildcard entry of the same list.
import type { Statement } from '../types.js';
import type { Path } from '../diagnostics.js';
import { quote } from '../diagnostics.js';
import type { Reporter } from './reporter.js';
import { covers } from './wildcard-cover.js';

const SERVICE = /^[A-Za-z0-9-]+$/;
const ACTION_NAME = /^[A-Za-z0-9_*?-]+$/;
const EXAMPLE = 'actions look like `s3:GetObject` or `ec2:Describe*`; `*` alone means every action';

function actionProblem(action: string): string | undefined {
  if (action === '*') return undefined;
  const colon = action.indexOf(':');
  if (colon === -1) return `${quote(action)} is not an action: expected \`service:action\``;
  const service = action.slice(0, colon);
  const name = action.slice(colon + 1);
  if (service === '') return `action ${quote(action)} has no service prefix`;
  if (!SERVICE.test(service)) return `invalid service prefix ${quote(service)} in action ${quote(action)}`;
  if (name === '') return `action ${quote(action)} has no action name after \`:\``;
  if (!ACTION_NAME.test(name)) return `invalid action name ${quote(name)} in action ${quote(action)}`;
  return undefined;
}

/** AWS has accepted actions with stray spaces (`ec2: DescribeRegions`); warn rather than refuse. */
function whitespaceProblem(action: string): string | undefined {
  if (!/\s/.test(action) || actionProblem(action.replace(/\s+/g, ''))) return undefined;
  return `action ${quote(action)} contains white space`;
}

export function checkActions(reporter: Reporter, statement: Statement): void {
  for (const [element, list] of [
    ['Action', statement.action],
    ['NotAction', statement.notAction],
  ] as const) {
    if (!list) continue;
    const path: Path = ['Statement', statement.index, element];
    list.forEach((action, j) => {
      const spaced = whitespaceProblem(action);
      if (spaced) {
        reporter.report('action-whitespace', spaced, [...path, j], { help: 'remove the spaces' });
        return;
      }
      const problem = actionProblem(action);
      if (problem) reporter.report('invalid-action', problem, [...path, j], { help: EXAMPLE });
    });
    checkRedundant(reporter, list, path);
  }
}

/**
 * How many wildcard comparisons one element may cost. Finding covered entries compares each
 * entry with the wildcards of its service: a policy of thousands of wildcards of one service
 * would be quadratic (9,000 took 8.5 s). The warning is advice, so past the budget the rest of
 * the element goes unchecked rather than holding up the request.
 */
export const REDUNDANT_CHECK_BUDGET = 50_000;

/** The first entry of `list` that `covering` accepts, spending the budget; undefined when spent. */
function firstCovering(list: Entry[] | undefined, covering: (e: Entry) => boolean, budget: { left: number }) {
  if (!list) return undefined;
  for (const entry of list) {
    if (budget.left-- <= 0) return undefined;
    if (covering(entry)) return entry;
  }
  return undefined;
}

/** Flags exact repeats (case-insensitive) and entries a wildcard entry already covers. */
function checkRedundant(reporter: Reporter, list: string[], path: Path): void {
  const budget = { left: REDUNDANT_CHECK_BUDGET };
  const seen = new Map<string, number>();
  const wildcards = groupByService(
    list.map((a, j) => ({ a, j })).filter(({ a }) => /[*?]/.test(a) && !actionProblem(a)),
  );
  list.forEach((action, j) => {
    const lower = action.toLowerCase();
    const first = seen.get(lower);
    if (first !== undefined) {
      reporter.report('redundant-action', `${quote(action)} is listed twice`, [...path, j], {
        help: 'remove the repeated entry',
      });
      return;
    }
    seen.set(lower, j);
    if (actionProblem(action)) return;
    const covering = ({ a, j: k }: Entry) =>
      k !== j && a.toLowerCase() !== lower && covers(a, action) && !(covers(action, a) && k > j);
    // Only wildcards of the same service (or with a wildcard service) can cover an entry, so
    // a managed policy with thousands of `svc:Get*` entries is checked in near-linear time.
    const sameService = firstCovering(wildcards.byService.get(serviceOf(action)), covering, budget);
    const anyService = firstCovering(wildcards.anyService, covering, budget);
    const cover =
      sameService && anyService
        ? sameService.j < anyService.j
          ? sameService
          : anyService
        : (sameService ?? anyService);
    if (cover) {
      reporter.report(
        'redundant-action',
        `${quote(action)} is already covered by ${quote(cover.a)}`,
        [...path, j],
        {
          help: 'remove the narrower entry, or the wildcard if it is broader than intended',
        },
      );
    }
  });
}

interface Entry {
  a: string;
  j: number;
}

function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return colon < 0 ? '' : action.slice(0, colon).toLowerCase();
}

function groupByService(entries: Entry[]): { byService: Map<string, Entry[]>; anyService: Entry[] } {
  const byService = new Map<string, Entry[]>();
  const anyService: Entry[] = [];
  for (const entry of entries) {
    const service = serviceOf(entry.a);
    if (service === '' || /[*?]/.test(service)) anyService.push(entry);
    else {
      const group = byService.get(service);
      if (group) group.push(entry);
      else byService.set(service, [entry]);
    }
  }
  return { byService, anyService };
}
