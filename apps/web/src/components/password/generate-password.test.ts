import { describe, expect, it } from 'vitest';
import { generatePassword } from './generate-password.js';

describe('generatePassword', () => {
  it('has the requested length and every character class', () => {
    for (let run = 0; run < 200; run++) {
      const password = generatePassword(20);
      expect(password).toHaveLength(20);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[0-9]/);
      expect(password).toMatch(/[^A-Za-z0-9]/);
    }
  });

  it('differs between calls', () => {
    const seen = new Set(Array.from({ length: 100 }, () => generatePassword()));
    expect(seen.size).toBe(100);
  });

  it('refuses a length that cannot hold one character of each class', () => {
    expect(() => generatePassword(3)).toThrow(RangeError);
  });

  it('rejects random values that would bias the choice', () => {
    // The first value drawn is the largest 32-bit number, above every alphabet's unbiased limit,
    // so it must be discarded rather than folded in with a modulo.
    const values = [0xffffffff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    let calls = 0;
    const random = (array: Uint32Array) => {
      array[0] = values[calls++] ?? 0;
      return array;
    };
    const password = generatePassword(4, random);
    expect(calls).toBeGreaterThan(4);
    expect(password).toHaveLength(4);
  });
});
