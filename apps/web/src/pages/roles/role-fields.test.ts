import { describe, expect, it } from 'vitest';
import {
  formatSessionDuration,
  parseSessionSeconds,
  validateRoleDescription,
  validateRoleName,
} from './role-fields.js';

describe('validateRoleName', () => {
  it("accepts AWS's name characters up to 64", () => {
    expect(validateRoleName('ci-deploy+prod=1,a.b@c_d')).toBeUndefined();
    expect(validateRoleName('r'.repeat(64))).toBeUndefined();
  });

  it('refuses empty, long and odd names', () => {
    expect(validateRoleName('')).toBe('Enter a role name.');
    expect(validateRoleName('r'.repeat(65))).toBe('The role name can have up to 64 characters.');
    expect(validateRoleName('has space')).toMatch(/only alphanumeric/);
    expect(validateRoleName('a/b')).toMatch(/only alphanumeric/);
  });
});

describe('validateRoleDescription', () => {
  it('accepts text with newlines and Latin-1 up to 1,000 characters', () => {
    expect(validateRoleDescription('Deploys from CI.\nOwner: José')).toBeUndefined();
    expect(validateRoleDescription('d'.repeat(1000))).toBeUndefined();
  });

  it('refuses long text and characters AWS refuses', () => {
    expect(validateRoleDescription('d'.repeat(1001))).toMatch(/up to 1,000/);
    expect(validateRoleDescription('rocket 🚀')).toMatch(/no emoji/);
  });
});

describe('parseSessionSeconds', () => {
  it('reads whole seconds in range', () => {
    expect(parseSessionSeconds(' 5400 ')).toEqual({ seconds: 5400 });
    expect(parseSessionSeconds('3600')).toEqual({ seconds: 3600 });
    expect(parseSessionSeconds('43200')).toEqual({ seconds: 43200 });
  });

  it('refuses what is not a whole number in range', () => {
    expect(parseSessionSeconds('3599').problem).toMatch(/3,600 seconds/);
    expect(parseSessionSeconds('43201').problem).toMatch(/43,200 seconds/);
    expect(parseSessionSeconds('1.5').problem).toBe('Enter a whole number of seconds.');
    expect(parseSessionSeconds('').problem).toBe('Enter a whole number of seconds.');
  });
});

describe('formatSessionDuration', () => {
  it('names hours and minutes', () => {
    expect(formatSessionDuration(3600)).toBe('1 hour');
    expect(formatSessionDuration(43200)).toBe('12 hours');
    expect(formatSessionDuration(5400)).toBe('1 hour 30 minutes');
    expect(formatSessionDuration(3601)).toBe('3,601 seconds');
  });
});
