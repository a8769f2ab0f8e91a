import { describe, expect, it } from 'vitest';
import {
  validateAccountAlias,
  validateAccountIdOrAlias,
  validatePath,
  validatePolicyName,
  validateTagKey,
  validateTagValue,
  validateUserName,
} from './iam-names.js';

describe('user names', () => {
  it.each(['alice', 'a', 'svc+ci=prod,eu.west@x_y-z', 'x'.repeat(64)])('accepts %s', (name) => {
    expect(validateUserName(name)).toBeUndefined();
  });

  it.each([
    ['', 'Enter a user name.'],
    ['x'.repeat(65), 'The user name can have up to 64 characters.'],
    ['bad name', 'The user name can contain only alphanumeric characters and the following: + = , . @ _ -'],
    ['a/b', 'The user name can contain only alphanumeric characters and the following: + = , . @ _ -'],
  ])('refuses %j', (name, message) => {
    expect(validateUserName(name)).toBe(message);
  });

  it('allows policy names up to 128 characters', () => {
    expect(validatePolicyName('p'.repeat(128))).toBeUndefined();
    expect(validatePolicyName('p'.repeat(129))).toBe('The policy name can have up to 128 characters.');
  });
});

describe('paths', () => {
  it.each(['', '/', '/app/', '/division_abc/subdivision_xyz/'])('accepts %j', (path) => {
    expect(validatePath(path)).toBeUndefined();
  });

  it.each([
    ['app/', 'The path must begin and end with a forward slash (/).'],
    ['/app', 'The path must begin and end with a forward slash (/).'],
    ['/a//b/', 'The path cannot contain empty segments (//).'],
    ['/é/', 'The path can contain only printable ASCII characters.'],
    [`/${'a'.repeat(511)}/`, 'The path can have up to 512 characters.'],
  ])('refuses %j', (path, message) => {
    expect(validatePath(path)).toBe(message);
  });
});

describe('account aliases', () => {
  it.each(['acme', 'acme-prod-01', 'abc'])('accepts %s', (alias) => {
    expect(validateAccountAlias(alias)).toBeUndefined();
  });

  it.each([
    ['ab', 'The alias must have 3 to 63 characters.'],
    ['Acme', 'The alias can contain only lowercase letters, digits and hyphens.'],
    ['-acme', 'The alias cannot begin or end with a hyphen.'],
    ['acme-', 'The alias cannot begin or end with a hyphen.'],
    ['acme--prod', 'The alias cannot contain two hyphens in a row.'],
    ['123456789012', 'The alias cannot be a 12-digit number (that is an account ID).'],
  ])('refuses %j', (alias, message) => {
    expect(validateAccountAlias(alias)).toBe(message);
  });

  it('takes an account ID or an alias on the IAM sign-in form', () => {
    expect(validateAccountIdOrAlias('123456789012')).toBeUndefined();
    expect(validateAccountIdOrAlias('acme')).toBeUndefined();
    expect(validateAccountIdOrAlias('12345')).toBe('An account ID has 12 digits.');
    expect(validateAccountIdOrAlias('Not An Alias')).toBe('Enter a 12-digit account ID or an account alias.');
  });
});

describe('tags', () => {
  it('accepts ordinary keys and values, and an empty value', () => {
    expect(validateTagKey('cost-center')).toBeUndefined();
    expect(validateTagValue('')).toBeUndefined();
    expect(validateTagValue('team: платформа')).toBeUndefined();
  });

  it('refuses reserved, empty, long or odd keys', () => {
    expect(validateTagKey('')).toBe('Enter a key.');
    expect(validateTagKey('aws:owner')).toBe('Keys beginning with aws: are reserved.');
    expect(validateTagKey('k'.repeat(129))).toBe('The key can have up to 128 characters.');
    expect(validateTagKey('a*b')).toBe('The key can contain letters, digits, spaces and _ . : / = + - @');
    expect(validateTagValue('v'.repeat(257))).toBe('The value can have up to 256 characters.');
  });
});
