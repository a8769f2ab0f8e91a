import { POLICY_SIZE_LIMITS, type PolicyKind } from '@gatehouse/evaluator';

/**
 * The quota the editor counts against when the page names none: a managed policy's for identity
 * policies and boundaries (inline policies pass `POLICY_SIZE_LIMITS.inlineUser` and so on), none
 * for resource policies. The same defaults as the evaluator's own `checkPolicyText`.
 */
export function defaultSizeLimit(kind: PolicyKind): number | undefined {
  switch (kind) {
    case 'identity':
    case 'boundary':
      return POLICY_SIZE_LIMITS.managed;
    case 'trust':
      return POLICY_SIZE_LIMITS.trust;
    case 'scp':
      return POLICY_SIZE_LIMITS.scp;
    case 'resource':
      return undefined;
  }
}
