// ARN formats from the service authorization reference, e.g.
// `arn:${Partition}:s3:::${BucketName}/${ObjectName}`: split into fixed text and named
// placeholders, filled in to build a resource ARN, and matched against an ARN to read the
// values back. Browser-safe.

export type ArnTemplatePart = { kind: 'text'; text: string } | { kind: 'placeholder'; name: string };

export interface FillOptions {
  /** Used for every placeholder without a value, e.g. `*` to build a pattern for "any". */
  any?: string;
}

const PLACEHOLDER = /\$\{([^${}]+)\}/g;

/** Fixed text and `${Name}` placeholders, in order. Adjacent text is merged; `${` without a name stays text. */
export function arnTemplateParts(format: string): ArnTemplatePart[] {
  const parts: ArnTemplatePart[] = [];
  const addText = (text: string) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += text;
    else parts.push({ kind: 'text', text });
  };
  let end = 0;
  for (const match of format.matchAll(PLACEHOLDER)) {
    addText(format.slice(end, match.index));
    parts.push({ kind: 'placeholder', name: match[1] as string });
    end = match.index + match[0].length;
  }
  addText(format.slice(end));
  return parts;
}

/** The placeholder names of a format, in order of first appearance. */
export function arnTemplatePlaceholders(format: string): string[] {
  const names = arnTemplateParts(format).flatMap((part) => (part.kind === 'placeholder' ? [part.name] : []));
  return [...new Set(names)];
}

/**
 * Builds an ARN from a format. Placeholders without a value (absent or empty) take `options.any`
 * when given, else stay as `${Name}` so the caller can see what is missing.
 */
export function fillArnTemplate(
  format: string,
  values: Readonly<Record<string, string | undefined>>,
  options: FillOptions = {},
): string {
  return arnTemplateParts(format)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = values[part.name];
      if (value !== undefined && value !== '') return value;
      return options.any ?? `\${${part.name}}`;
    })
    .join('');
}

/** Colon-separated fields before the resource part: `arn`, partition, service, region, account. */
const ARN_HEADER_FIELDS = 5;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The catalog holds about 2,300 formats; the limit only guards against callers passing their own. */
const MATCHER_CACHE_LIMIT = 5000;
const matcherCache = new Map<string, { regex: RegExp; names: string[] }>();

function matcherFor(format: string): { regex: RegExp; names: string[] } {
  const cached = matcherCache.get(format);
  if (cached) return cached;
  let source = '^';
  let colons = 0;
  const names: string[] = [];
  for (const part of arnTemplateParts(format)) {
    if (part.kind === 'text') {
      source += escapeRegExp(part.text);
      colons += part.text.split(':').length - 1;
      continue;
    }
    const group = names.indexOf(part.name);
    if (group >= 0) {
      // A name repeated in one format holds the same value everywhere.
      source += `\\${group + 1}`;
      continue;
    }
    // A value in the ARN's header (partition, region, account) never holds a colon; one in
    // the resource part may hold anything, so the first consistent split wins.
    source += colons < ARN_HEADER_FIELDS ? '([^:]+?)' : '(.+?)';
    names.push(part.name);
  }
  const matcher = { regex: new RegExp(source + '$', 's'), names };
  if (matcherCache.size >= MATCHER_CACHE_LIMIT) matcherCache.clear();
  matcherCache.set(format, matcher);
  return matcher;
}

/**
 * Reads placeholder values back from an ARN built from `format`, or returns undefined when the
 * ARN does not have the format's shape. Each value is at least one character. Where two
 * placeholders touch (`${DomainName}${EncodedPackageGroupPattern}`) the split is ambiguous and
 * the earlier one takes as little as it can.
 */
export function matchArnTemplate(format: string, arn: string): Record<string, string> | undefined {
  const { regex, names } = matcherFor(format);
  const match = regex.exec(arn);
  if (!match) return undefined;
  const values: Record<string, string> = {};
  names.forEach((name, i) => (values[name] = match[i + 1] as string));
  return values;
}
