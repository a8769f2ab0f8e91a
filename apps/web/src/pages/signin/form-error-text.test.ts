import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { formErrorText } from './form-error-text.js';

describe('formErrorText', () => {
  it('shows a refused sign-in as the server says it, once, as a sentence', () => {
    const wrong = new ApiError(401, {
      code: 'NotAuthenticated',
      message: 'your authentication information is incorrect: check it and try again',
    });
    expect(formErrorText(wrong)).toBe(
      'Your authentication information is incorrect: check it and try again.',
    );
  });

  it('does not repeat a password policy refusal after its own header', () => {
    const weak = new ApiError(400, {
      code: 'PasswordPolicyViolation',
      message: 'the password does not meet the password policy: at least 8 characters',
    });
    expect(formErrorText(weak)).toBe(
      'The password does not meet the password policy: at least 8 characters.',
    );
  });

  it('names other failures by their header', () => {
    const throttled = new ApiError(429, { code: 'Throttling', message: 'try again in 30 seconds' });
    expect(formErrorText(throttled)).toBe('Too many requests: try again in 30 seconds.');
  });
});
