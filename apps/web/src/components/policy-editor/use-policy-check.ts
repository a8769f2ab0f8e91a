import { defaultSizeLimit, type PolicyKind } from '@gatehouse/evaluator';
import { useMemo } from 'react';
import { useCatalogFindings } from '../policy-validation/use-catalog-findings.js';
import { checkPolicy, withCatalogFindings, type PolicyCheck } from './check-policy.js';

/**
 * The live check of a policy text. Pages call it with the same arguments as their PolicyEditor
 * to know whether saving is allowed (`hasErrors`); the evaluator runs in microseconds to
 * milliseconds, so it runs on every change rather than on a deferred copy that could lag a click.
 * The catalog's findings join the diagnostics as their service chunks arrive; they are warnings
 * and never change `hasErrors`. Must run inside the app's QueryClientProvider.
 */
export function usePolicyCheck(text: string, kind: PolicyKind, sizeLimit?: number): PolicyCheck {
  const limit = sizeLimit ?? defaultSizeLimit(kind);
  const check = useMemo(() => checkPolicy(text, kind, limit), [text, kind, limit]);
  const findings = useCatalogFindings(kind, check.document);
  return useMemo(() => withCatalogFindings(check, findings), [check, findings]);
}
