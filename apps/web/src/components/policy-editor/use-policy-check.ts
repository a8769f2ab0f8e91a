import { defaultSizeLimit, type PolicyKind } from '@gatehouse/evaluator';
import { useMemo } from 'react';
import { checkPolicy, type PolicyCheck } from './check-policy.js';

/**
 * The live check of a policy text. Pages call it with the same arguments as their PolicyEditor
 * to know whether saving is allowed (`hasErrors`); the evaluator runs in microseconds to
 * milliseconds, so it runs on every change rather than on a deferred copy that could lag a click.
 */
export function usePolicyCheck(text: string, kind: PolicyKind, sizeLimit?: number): PolicyCheck {
  const limit = sizeLimit ?? defaultSizeLimit(kind);
  return useMemo(() => checkPolicy(text, kind, limit), [text, kind, limit]);
}
