// Splits a policy string into text and `${...}` policy-variable tokens.
// Variables exist only in policies with Version 2012-10-17; in older policies (or with no
// Version) `${aws:username}` is plain text, which is why the caller passes `variables`.

/** A reference to a request context key, with the optional `${key, 'default'}` fallback. */
export interface VariableRef {
  /** The key as written, e.g. `aws:PrincipalTag/team`. */
  key: string;
  /** Lower-cased key: context key names are case-insensitive. */
  lowerKey: string;
  /** The default written after the comma, if any. */
  fallback: string | undefined;
  /** The whole `${...}` text, for explanations. */
  source: string;
}

export type Token =
  /** Policy text: `*` and `?` in it are wildcards where the operator allows them. */
  | { kind: 'text'; text: string }
  /** A character escaped with `${*}`, `${?}` or `${$}`: always literal. */
  | { kind: 'char'; text: string }
  | { kind: 'var'; ref: VariableRef };

const ESCAPES: Readonly<Record<string, string>> = { '*': '*', '?': '?', $: '$' };
const WITH_DEFAULT = /^\s*([^,\s][^,]*?)\s*,\s*'([^']*)'\s*$/;
const PLAIN_KEY = /^\s*([^,\s]+)\s*$/;

/** Parses the inside of `${...}`; undefined when it is not a variable AWS would recognise. */
function parseVariableBody(body: string, source: string): Token | undefined {
  const escaped = ESCAPES[body];
  if (escaped !== undefined) return { kind: 'char', text: escaped };
  const withDefault = WITH_DEFAULT.exec(body);
  const key = withDefault ? withDefault[1] : PLAIN_KEY.exec(body)?.[1];
  if (key === undefined) return undefined;
  return {
    kind: 'var',
    ref: { key, lowerKey: key.toLowerCase(), fallback: withDefault?.[2], source },
  };
}

/** Tokenizes `text`; with `variables` false the whole string is one text token. */
export function tokenize(text: string, variables: boolean): Token[] {
  if (!variables || !text.includes('${')) return text === '' ? [] : [{ kind: 'text', text }];
  const tokens: Token[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('${', i);
    const close = open < 0 ? -1 : text.indexOf('}', open + 2);
    if (open < 0 || close < 0) {
      plain += text.slice(i);
      break;
    }
    const source = text.slice(open, close + 1);
    const token = parseVariableBody(text.slice(open + 2, close), source);
    if (!token) {
      plain += text.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    plain += text.slice(i, open);
    if (plain) tokens.push({ kind: 'text', text: plain });
    plain = '';
    tokens.push(token);
    i = close + 1;
  }
  if (plain) tokens.push({ kind: 'text', text: plain });
  return tokens;
}

/** Whether any token is a variable (a pattern with none can take a fast path). */
export function hasVariables(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'var');
}
