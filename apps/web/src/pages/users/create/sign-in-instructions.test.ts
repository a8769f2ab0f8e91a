import { describe, expect, it } from 'vitest';
import { credentialsCsv, credentialsFileName, signInInstructionsMailto } from './sign-in-instructions.js';

describe('credentialsCsv', () => {
  it("has AWS's columns and quotes fields that need it", () => {
    expect(credentialsCsv({ userName: 'ana', password: 'a,b"c', signInUrl: 'https://x/signin/acme' })).toBe(
      'User name,Password,Console sign-in URL\r\nana,"a,b""c",https://x/signin/acme\r\n',
    );
    expect(credentialsFileName('ana')).toBe('ana_credentials.csv');
  });
});

describe('signInInstructionsMailto', () => {
  it('carries the URL and the user name, never a password', () => {
    const link = signInInstructionsMailto({
      userName: 'ana',
      signInUrl: 'https://x/signin/acme',
      passwordResetRequired: true,
    });
    expect(link.startsWith('mailto:?subject=')).toBe(true);
    const body = decodeURIComponent(link.split('&body=')[1]!);
    expect(body).toContain('Console sign-in URL: https://x/signin/acme');
    expect(body).toContain('User name: ana');
    expect(body).toContain('choose a new password');
    expect(body).not.toMatch(/Password:/);
  });
});
