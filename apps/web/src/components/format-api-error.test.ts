import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFromBody, fieldErrorFor, networkError } from '../api/api-error.js';
import { errorSummary, formatApiError } from './format-api-error.js';

const denied = {
  error: {
    code: 'AccessDenied',
    message:
      'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::111122223333:user/ because no identity-based policy allows the iam:ListUsers action',
    action: 'iam:ListUsers',
    resource: 'arn:aws:iam::111122223333:user/',
  },
};

describe('formatApiError', () => {
  it("keeps AWS's denial message with the action and resource", () => {
    const formatted = formatApiError(apiErrorFromBody(403, denied));
    expect(formatted).toEqual({
      header: 'Access denied',
      message: denied.error.message,
      code: 'AccessDenied',
      action: 'iam:ListUsers',
      resource: 'arn:aws:iam::111122223333:user/',
    });
  });

  it('names a known code in words and keeps the message', () => {
    const error = apiErrorFromBody(409, {
      error: { code: 'EntityAlreadyExists', message: 'user `alice` already exists' },
    });
    expect(errorSummary(error)).toBe('Already exists: user `alice` already exists');
  });

  it('says a password policy violation once, not after a header that says the same', () => {
    const error = apiErrorFromBody(400, {
      error: {
        code: 'PasswordPolicyViolation',
        message: 'the password does not meet the password policy: at least 14 characters',
      },
    });
    expect(errorSummary(error)).toBe(
      'The password does not meet the password policy: at least 14 characters',
    );
  });

  it('shows an unknown code as it is', () => {
    expect(formatApiError(new ApiError(400, { code: 'Weird', message: 'odd' })).header).toBe('Weird');
  });

  it('describes a response without an error body by its status', () => {
    const error = apiErrorFromBody(502, '<html>Bad gateway</html>');
    expect(error.code).toBe('ServiceFailure');
    expect(formatApiError(error).header).toBe('Server error');
  });

  it('describes a network failure', () => {
    expect(errorSummary(networkError(new TypeError('Failed to fetch')))).toBe(
      'Cannot reach the server: could not reach the server: Failed to fetch',
    );
  });

  it('describes a thrown non-error', () => {
    expect(formatApiError('boom')).toEqual({ header: 'Unexpected error', message: 'boom' });
  });
});

describe('fieldErrorFor', () => {
  const error = apiErrorFromBody(400, {
    error: {
      code: 'ValidationError',
      message: 'invalid request',
      fieldErrors: [{ path: 'userName', message: 'must be 1 to 64 characters' }],
    },
  });

  it('finds the message for a field', () => {
    expect(fieldErrorFor(error, 'userName')).toBe('must be 1 to 64 characters');
  });

  it('has nothing for another field or another error type', () => {
    expect(fieldErrorFor(error, 'path')).toBeUndefined();
    expect(fieldErrorFor(new Error('x'), 'userName')).toBeUndefined();
  });
});
