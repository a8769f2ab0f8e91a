// A concrete ARN that both a Resource pattern (with `*` and `?`) and a catalog ARN format (with
// `${Name}` placeholders) describe, or undefined when they share none. The shortest such ARN is
// taken, so placeholders hold one character where they can and the pattern's wildcards swallow
// no separator they need not: `arn:aws:s3:::b/*` against the bucket format gives
// `arn:aws:s3:::b/x`, which reads as an object, not a bucket. Pure, browser-safe.
import { arnTemplateParts } from '@gatehouse/catalog';
import { splitSegments } from '@gatehouse/evaluator';

type Token = { kind: 'text'; char: string } | { kind: 'one' } | { kind: 'many' };

const FILLER = 'x';
/** Colon-separated fields before the resource part: `arn`, partition, service, region, account. */
const HEADER_FIELDS = 5;

/**
 * `*` is any run of characters; in the resource part it is taken as at least one character
 * (`b/*` names objects, not a bucket called `b/`), in the header as possibly none (`arn:aws:s3:*:*:*`
 * names buckets, whose ARNs have an empty region and account).
 */
function patternTokens(text: string, nonEmptyStars: boolean): Token[] {
  return [...text].flatMap((char): Token[] => {
    if (char === '?') return [{ kind: 'one' }];
    if (char === '*') return nonEmptyStars ? [{ kind: 'one' }, { kind: 'many' }] : [{ kind: 'many' }];
    return [{ kind: 'text', char }];
  });
}

/** A placeholder holds at least one character (as `matchArnTemplate` reads it). */
function formatTokens(format: string): Token[] {
  return arnTemplateParts(format).flatMap((part): Token[] =>
    part.kind === 'text'
      ? [...part.text].map((char) => ({ kind: 'text', char }))
      : [{ kind: 'one' }, { kind: 'many' }],
  );
}

const charOf = (t: Token) => (t.kind === 'text' ? t.char : FILLER);

function unify(a: Token, b: Token): string | undefined {
  if (a.kind === 'text' && b.kind === 'text') return a.char === b.char ? a.char : undefined;
  return a.kind === 'text' ? a.char : charOf(b);
}

/** A double-ended queue of states over a fixed ring. */
function stateDeque(capacity: number) {
  const ring = new Int32Array(capacity);
  let head = 0;
  let size = 0;
  return {
    get empty() {
      return size === 0;
    },
    pushFront(state: number) {
      head = (head - 1 + capacity) % capacity;
      ring[head] = state;
      size++;
    },
    pushBack(state: number) {
      ring[(head + size) % capacity] = state;
      size++;
    },
    popFront(): number {
      const state = ring[head]!;
      head = (head + 1) % capacity;
      size--;
      return state;
    },
  };
}

/** The shortest string both token lists match (a 0-1 breadth-first search over position pairs). */
function shortestShared(a: Token[], b: Token[]): string | undefined {
  const width = b.length + 1;
  const states = (a.length + 1) * width;
  const goal = states - 1;
  const dist = new Float64Array(states).fill(Infinity);
  const from = new Int32Array(states).fill(-1);
  const emitted = new Array<string>(states).fill('');
  const done = new Uint8Array(states);
  // Each state is expanded once, and at most three edges lead into a state.
  const queue = stateDeque(3 * states + 1);
  queue.pushBack(0);
  dist[0] = 0;
  const relax = (state: number, next: number, char: string) => {
    const cost = dist[state]! + (char === '' ? 0 : 1);
    if (cost >= dist[next]!) return;
    dist[next] = cost;
    from[next] = state;
    emitted[next] = char;
    if (char === '') queue.pushFront(next);
    else queue.pushBack(next);
  };
  while (!queue.empty) {
    const state = queue.popFront();
    if (done[state]) continue;
    done[state] = 1;
    if (state === goal) break;
    const i = Math.floor(state / width);
    const j = state % width;
    const x = a[i];
    const y = b[j];
    if (x?.kind === 'many') relax(state, state + width, '');
    if (y?.kind === 'many') relax(state, state + 1, '');
    if (!x || !y) continue;
    if (x.kind === 'many' && y.kind !== 'many') relax(state, state + 1, charOf(y));
    else if (y.kind === 'many' && x.kind !== 'many') relax(state, state + width, charOf(x));
    else if (x.kind !== 'many' && y.kind !== 'many') {
      const char = unify(x, y);
      if (char !== undefined) relax(state, state + width + 1, char);
    }
  }
  if (dist[goal] === Infinity) return undefined;
  let out = '';
  for (let state = goal; state > 0; state = from[state]!) out = emitted[state] + out;
  return out;
}

/** The first five colon-separated fields and the rest, or undefined when there are fewer. */
function splitArn(text: string): string[] | undefined {
  const fields = splitSegments(text, HEADER_FIELDS);
  return fields.length > HEADER_FIELDS ? fields : undefined;
}

/** An ARN of `format`'s shape that `pattern` matches, or undefined. */
export function arnPatternWitness(pattern: string, format: string): string | undefined {
  const patternFields = splitArn(pattern);
  const formatFields = splitArn(format);
  // Too few fields to line up: compare whole, the pattern's wildcards free to span fields.
  if (!patternFields || !formatFields) {
    return shortestShared(patternTokens(pattern, false), formatTokens(format));
  }
  const fields: string[] = [];
  for (let k = 0; k <= HEADER_FIELDS; k++) {
    const resourcePart = k === HEADER_FIELDS;
    const shared = shortestShared(
      patternTokens(patternFields[k]!, resourcePart),
      formatTokens(formatFields[k]!),
    );
    if (shared === undefined) return undefined;
    fields.push(shared);
  }
  return fields.join(':');
}
