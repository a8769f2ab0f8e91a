// The request context keys policies refer to, as GetContextKeysForCustomPolicy and
// GetContextKeysForPrincipalPolicy list them: each condition's key and each policy variable
// (`${aws:username}` in a Resource or a condition value), in the order the policies name them,
// once each (context key names are case-insensitive; the first spelling is kept).
import { parsePolicy, type Statement } from '@gatehouse/evaluator';

// `${key}` or `${key, 'default'}`: the grammar of the evaluator's variable tokenizer, which is
// not part of its public API. `${*}`, `${?}` and `${$}` are escapes, not keys.
const VARIABLE = /\$\{\s*([^,}\s]+)\s*(?:,\s*'[^']*'\s*)?\}/g;
const ESCAPES = new Set(['*', '?', '$']);

function variablesIn(texts: readonly string[] | undefined): string[] {
  const keys: string[] = [];
  for (const text of texts ?? []) {
    for (const [, key] of text.matchAll(VARIABLE)) if (!ESCAPES.has(key!)) keys.push(key!);
  }
  return keys;
}

function statementKeys(statement: Statement, variables: boolean): string[] {
  const keys = variables
    ? variablesIn([...(statement.resource ?? []), ...(statement.notResource ?? [])])
    : [];
  for (const clause of statement.conditions) {
    keys.push(clause.key);
    if (variables) keys.push(...variablesIn(clause.values));
  }
  return keys;
}

/** The context keys the policy documents (JSON text) use; unparseable text contributes none. */
export function policyContextKeys(documents: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of documents) {
    const document = parsePolicy(text, { sourceMap: false }).document;
    if (!document) continue;
    // Policy variables exist only in policies of Version 2012-10-17.
    const variables = document.version === '2012-10-17';
    for (const statement of document.statements) {
      for (const key of statementKeys(statement, variables)) {
        if (!seen.has(key.toLowerCase())) seen.set(key.toLowerCase(), key);
      }
    }
  }
  return [...seen.values()];
}
