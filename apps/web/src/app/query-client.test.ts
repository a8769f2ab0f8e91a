import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { shouldRetry } from './query-client.js';

const error = (status: number, code = 'X') => new ApiError(status, { code, message: 'm' });

describe('shouldRetry', () => {
  it('retries what may pass on a second try: network failures, throttling, server errors', () => {
    expect(shouldRetry(0, error(0, 'NetworkError'))).toBe(true);
    expect(shouldRetry(0, error(429, 'Throttling'))).toBe(true);
    expect(shouldRetry(1, error(503, 'ServiceFailure'))).toBe(true);
  });

  it('never retries an answer that will not change: denied, missing, invalid, signed out', () => {
    for (const status of [400, 401, 403, 404, 409]) expect(shouldRetry(0, error(status))).toBe(false);
  });

  it('gives up after two retries', () => {
    expect(shouldRetry(2, error(503))).toBe(false);
  });
});
