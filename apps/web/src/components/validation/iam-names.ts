// Client-side checks of IAM names before a request is sent, in the rules DESIGN.md gives (AWS's).
// Each returns the message to show under the field, or undefined when the value is fine.
// The server checks again; these only save a round trip.
export * from './iam-name-rules.js';

/** `/` or `/segment/.../`, up to 512 characters of printable ASCII (U+0021 to U+007E). */
export function validatePath(value: string): string | undefined {
  if (value === '') return undefined; // the server's default, `/`
  if (value.length > 512) return 'The path can have up to 512 characters.';
  if (!value.startsWith('/') || !value.endsWith('/'))
    return 'The path must begin and end with a forward slash (/).';
  if (value.includes('//')) return 'The path cannot contain empty segments (//).';
  if (!/^[\u0021-\u007e]+$/.test(value)) return 'The path can contain only printable ASCII characters.';
  return undefined;
}

/** 3–63 characters of a-z, 0-9 and single hyphens, not starting or ending with a hyphen. */
export function validateAccountAlias(value: string): string | undefined {
  if (value.length < 3 || value.length > 63) return 'The alias must have 3 to 63 characters.';
  if (!/^[a-z0-9-]+$/.test(value)) return 'The alias can contain only lowercase letters, digits and hyphens.';
  if (value.startsWith('-') || value.endsWith('-')) return 'The alias cannot begin or end with a hyphen.';
  if (value.includes('--')) return 'The alias cannot contain two hyphens in a row.';
  if (/^\d{12}$/.test(value)) return 'The alias cannot be a 12-digit number (that is an account ID).';
  return undefined;
}

const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export function validateTagKey(key: string): string | undefined {
  if (key.length === 0) return 'Enter a key.';
  if (key.length > 128) return 'The key can have up to 128 characters.';
  if (key.toLowerCase().startsWith('aws:')) return 'Keys beginning with aws: are reserved.';
  if (!TAG_CHARS.test(key)) return 'The key can contain letters, digits, spaces and _ . : / = + - @';
  return undefined;
}

export function validateTagValue(value: string): string | undefined {
  if (value.length > 256) return 'The value can have up to 256 characters.';
  if (!TAG_CHARS.test(value)) return 'The value can contain letters, digits, spaces and _ . : / = + - @';
  return undefined;
}

/** Account ID (12 digits) or alias, as typed on the "Sign in as IAM user" form. */
export function validateAccountIdOrAlias(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return undefined;
  if (/^\d+$/.test(value)) return 'An account ID has 12 digits.';
  return validateAccountAlias(value) ? 'Enter a 12-digit account ID or an account alias.' : undefined;
}
