// The checks the forms make before asking the server, with AWS Organizations' limits (its API
// model: OU and policy names 1–128 characters, a new account's name 1–50 printable ASCII
// characters, e-mail 6–64 with one @ and a dot after it, policy description up to 512, account
// ids of 12 digits). The server checks them again.

export function validateOuName(name: string): string | undefined {
  if (!name.trim()) return 'Enter a name for the organizational unit.';
  if (name.length > 128) return 'The name can have up to 128 characters.';
  return undefined;
}

export function validateAccountName(name: string): string | undefined {
  if (!name.trim()) return 'Enter a name for the account.';
  if (name.length > 50) return 'The name can have up to 50 characters.';
  if (!/^[\u0020-\u007E]+$/.test(name)) return 'Use letters, digits, spaces and ASCII punctuation only.';
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateAccountEmail(email: string): string | undefined {
  if (!email.trim()) return 'Enter the email address of the account’s owner.';
  if (email.length < 6 || email.length > 64) return 'The email address has 6 to 64 characters.';
  if (!EMAIL.test(email)) return 'Enter an email address such as name@example.com.';
  return undefined;
}

export function validateAccountId(id: string): string | undefined {
  if (!id.trim()) return 'Enter the account ID of the account to invite.';
  if (!/^\d{12}$/.test(id)) return 'An account ID has 12 digits.';
  return undefined;
}

export function validateScpName(name: string): string | undefined {
  if (!name.trim()) return 'Enter a name for the policy.';
  if (name.length > 128) return 'The name can have up to 128 characters.';
  return undefined;
}

export function validateScpDescription(description: string): string | undefined {
  return description.length > 512 ? 'The description can have up to 512 characters.' : undefined;
}
