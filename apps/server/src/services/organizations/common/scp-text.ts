import { POLICY_SIZE_LIMITS } from '@gatehouse/evaluator';
import { isAppError } from '../../../errors/app-error.js';
import { AppError } from '../../../errors/app-error.js';
import { checkPolicyDocument, type CheckedPolicy } from '../../iam/common/policy-text.js';

/** AWS's quota on an SCP's size: 5,120 characters, white space included (the evaluator's entry). */
export const SCP_SIZE_LIMIT = POLICY_SIZE_LIMITS.scp;

/**
 * Accepts `text` as a service control policy (the evaluator's rules for kind "scp"), or throws
 * MalformedPolicyDocumentException with line and column, or ConstraintViolationException
 * (POLICY_CONTENT_LIMIT_EXCEEDED) for one over 5,120 characters.
 */
export function checkScpContent(text: string): CheckedPolicy {
  try {
    return checkPolicyDocument(text, 'scp', SCP_SIZE_LIMIT, 'the policy');
  } catch (err) {
    if (!isAppError(err)) throw err;
    if (err.code === 'LimitExceeded') {
      throw new AppError('ConstraintViolationException', `${err.message} (POLICY_CONTENT_LIMIT_EXCEEDED)`, {
        diagnostics: err.options.diagnostics,
        details: { reason: 'POLICY_CONTENT_LIMIT_EXCEEDED' },
      });
    }
    if (err.code === 'MalformedPolicyDocument') {
      throw new AppError('MalformedPolicyDocumentException', err.message, {
        diagnostics: err.options.diagnostics,
      });
    }
    throw err;
  }
}
