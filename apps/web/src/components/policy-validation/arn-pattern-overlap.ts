// Can a policy's Resource pattern (`arn:aws:s3:::bucket/*`, with IAM's `*` and `?` and policy
// variables) name a resource of a catalog ARN format (`arn:${Partition}:s3:::${BucketName}`)?
// Both are patterns, so the question is whether some ARN matches both: a walk over pairs of
// positions, one in each pattern (each pattern is a sequence of characters, "any one character"
// and "any run of characters", so the pairs reachable from the start are all there is to try).
import { arnTemplateParts, type ServiceCatalog } from '@gatehouse/catalog';

type Token =
  | { kind: 'char'; char: string }
  /** One character not in `except`. */
  | { kind: 'one'; except: string }
  /** Any run of characters (possibly empty) none of which is in `except`. */
  | { kind: 'star'; except: string };

/** Fields before the resource part: `arn`, partition, service, region, account. */
const ARN_HEADER_FIELDS = 5;

/** A policy's resource pattern as tokens. A policy variable (`${aws:username}`) may stand for anything. */
export function patternTokens(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '$' && pattern.charAt(i + 1) === '{') {
      const close = pattern.indexOf('}', i + 2);
      if (close > 0) {
        tokens.push({ kind: 'star', except: '' });
        i = close;
        continue;
      }
    }
    if (c === '*') tokens.push({ kind: 'star', except: '' });
    else if (c === '?') tokens.push({ kind: 'one', except: '' });
    else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

/**
 * A catalog format as tokens. A placeholder stands for one or more characters; in the ARN's
 * header it holds no `:`; at the very end it holds no `/` when another format of the same
 * service goes one level deeper with one (`${BucketName}` holds no `/`, because the object
 * format is the bucket format followed by `/${ObjectName}`). A trailing placeholder may hold a
 * `:`, as AWS writes log groups `log-group:name:*` and Lambda functions `function:name:alias`.
 */
export function formatTokens(format: string, deeperSeparators = ''): Token[] {
  const tokens: Token[] = [];
  const parts = arnTemplateParts(format);
  let colons = 0;
  parts.forEach((part, index) => {
    if (part.kind === 'text') {
      // A few formats end in a literal `*` (`arn:${Partition}:identitystore:::user/*`: all users).
      for (const char of part.text)
        tokens.push(char === '*' ? { kind: 'star', except: '' } : { kind: 'char', char });
      colons += part.text.split(':').length - 1;
      return;
    }
    const except = colons < ARN_HEADER_FIELDS ? ':' : index === parts.length - 1 ? deeperSeparators : '';
    tokens.push({ kind: 'one', except }, { kind: 'star', except });
  });
  return tokens;
}

const allows = (except: string, token: Token): boolean =>
  token.kind !== 'char' || !except.includes(token.char);

/** Whether single-character tokens `a` and `b` can stand for the same character. */
function sameCharacter(a: Token, b: Token): boolean {
  if (a.kind === 'char' && b.kind === 'char') return a.char === b.char;
  if (a.kind === 'char') return allows((b as { except: string }).except, a);
  if (b.kind === 'char') return allows((a as { except: string }).except, b);
  return true;
}

/** True when some string matches both token sequences. */
export function tokensOverlap(a: readonly Token[], b: readonly Token[]): boolean {
  const width = b.length + 1;
  const seen = new Uint8Array((a.length + 1) * width);
  const stack: number[] = [0];
  seen[0] = 1;
  const visit = (i: number, j: number) => {
    const key = i * width + j;
    if (seen[key]) return;
    seen[key] = 1;
    stack.push(key);
  };
  while (stack.length > 0) {
    const key = stack.pop() as number;
    const i = Math.floor(key / width);
    const j = key % width;
    if (i === a.length && j === b.length) return true;
    const ta = a[i];
    const tb = b[j];
    if (ta?.kind === 'star') {
      visit(i + 1, j);
      if (tb && tb.kind !== 'star' && allows(ta.except, tb)) visit(i, j + 1);
    }
    if (tb?.kind === 'star') {
      visit(i, j + 1);
      if (ta && ta.kind !== 'star' && allows(tb.except, ta)) visit(i + 1, j);
    }
    if (ta && tb && ta.kind !== 'star' && tb.kind !== 'star' && sameCharacter(ta, tb)) visit(i + 1, j + 1);
  }
  return false;
}

// Separators a format's trailing placeholder cannot hold, per service (built once per chunk).
const deeperByService = new WeakMap<ServiceCatalog, Map<string, string>>();

function deeperSeparators(service: ServiceCatalog, format: string): string {
  let byFormat = deeperByService.get(service);
  if (!byFormat) {
    byFormat = new Map();
    const formats = service.resourceTypes.map((type) => type.arnFormat);
    for (const f of formats) {
      if (!f.endsWith('}')) continue;
      const separators = new Set<string>();
      for (const g of formats) {
        if (g.startsWith(f) && g.charAt(f.length) === '/') separators.add('/');
      }
      byFormat.set(f, [...separators].join(''));
    }
    deeperByService.set(service, byFormat);
  }
  return byFormat.get(format) ?? '';
}

/** Results by pattern and format: a policy names few patterns, the catalog few thousand formats. */
const overlapCache = new Map<string, boolean>();
const OVERLAP_CACHE_LIMIT = 50_000;

/** True when `pattern` (a Resource entry) can name a resource of `format` (a catalog ARN format of `service`). */
export function patternFitsFormat(pattern: string, format: string, service: ServiceCatalog): boolean {
  const deeper = deeperSeparators(service, format);
  const key = `${pattern}\u0000${format}\u0000${deeper}`;
  let fits = overlapCache.get(key);
  if (fits === undefined) {
    fits = tokensOverlap(patternTokens(pattern), formatTokens(format, deeper));
    if (overlapCache.size >= OVERLAP_CACHE_LIMIT) overlapCache.clear();
    overlapCache.set(key, fits);
  }
  return fits;
}

/**
 * True when `pattern` may cover an action that takes no resource type. Such actions need
 * `"Resource": "*"`; a pattern with any wildcard is given the benefit of the doubt (AWS's own
 * examples pair `s3:ListAllMyBuckets` with `arn:aws:s3:::*`), a fully specific ARN is not.
 */
export function patternFitsAnyResource(pattern: string): boolean {
  return patternTokens(pattern).some((token) => token.kind !== 'char');
}
