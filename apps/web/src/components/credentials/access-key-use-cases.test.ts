import { describe, expect, it } from 'vitest';
import { ACCESS_KEY_USE_CASES, isUseCaseStepComplete } from './access-key-use-cases.js';

describe('access key use cases', () => {
  it('lists the six use cases of the IAM console, in its order', () => {
    expect(ACCESS_KEY_USE_CASES.map((u) => u.label)).toEqual([
      'Command Line Interface (CLI)',
      'Local code',
      'Application running on an AWS compute service',
      'Third-party service',
      'Application running outside AWS',
      'Other',
    ]);
  });

  it('asks for the confirmation wherever an alternative is recommended, and only there', () => {
    expect(isUseCaseStepComplete(null, true)).toBe(false);
    for (const useCase of ACCESS_KEY_USE_CASES) {
      const needsConfirmation = useCase.alternatives.length > 0;
      expect(isUseCaseStepComplete(useCase.value, false)).toBe(!needsConfirmation);
      expect(isUseCaseStepComplete(useCase.value, true)).toBe(true);
    }
    expect(ACCESS_KEY_USE_CASES.filter((u) => u.alternatives.length === 0).map((u) => u.value)).toEqual([
      'other',
    ]);
  });
});
