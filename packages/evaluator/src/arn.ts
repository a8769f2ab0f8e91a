// Amazon Resource Names: `arn:partition:service:region:account:resource`. The resource part
// may itself contain `:` and `/`. Colons inside a policy variable (`${aws:username}`) do not
// split segments, so ARNs written with variables in policies parse as their author meant.

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Splits at the first `count` colons that are not inside `${...}`. */
export function splitSegments(text: string, count: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let inVariable = false;
  for (let i = 0; i < text.length && parts.length < count; i++) {
    const c = text.charAt(i);
    if (c === '$' && text.charAt(i + 1) === '{') inVariable = true;
    else if (c === '}' && inVariable) inVariable = false;
    else if (c === ':' && !inVariable) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Parses an ARN into its five fields, or returns undefined when `text` does not have the
 * `arn:` prefix and five more colon-separated fields, or its partition or service is empty.
 * The resource may be empty: AWS accepts patterns such as `arn:aws:organizations::*:` in
 * policies. Wildcards and policy variables are kept as written.
 */
export function parseArn(text: string): Arn | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = splitSegments(text, 5);
  if (parts.length !== 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', account = '', resource = ''] = parts;
  if (partition === '' || service === '') return undefined;
  return { partition, service, region, account, resource };
}
