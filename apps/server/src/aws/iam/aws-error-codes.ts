import { isAppError } from '../../errors/app-error.js';
import { AwsError, awsErrorOf } from '../protocol/aws-error.js';
import { errorStatus, IAM_MODEL } from '../protocol/service-model.js';

/**
 * Runs an action whose service may throw an error that AWS names more precisely than the
 * console does (`details.awsErrorCode`: InvalidAuthenticationCode, ReportNotPresent), and
 * re-throws it with AWS's code and its HTTP status from IAM's model.
 */
export async function withAwsErrorCodes<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const code = isAppError(err) ? err.options.details?.awsErrorCode : undefined;
    const status = typeof code === 'string' ? errorStatus(IAM_MODEL, code) : undefined;
    if (typeof code !== 'string' || status === undefined) throw err;
    throw new AwsError(code, awsErrorOf(err).message, status);
  }
}
