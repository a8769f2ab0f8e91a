/** AWS's pattern for role and policy descriptions: tab, newlines, printable ASCII and Latin-1. */
const DESCRIPTION_CHARS = /^[\t\n\r\u0020-\u007E\u00A1-\u00FF]*$/;

/** The message to show under a role's or policy's description field, or undefined when it is fine. */
export function validateDescription(value: string): string | undefined {
  if (value.length > 1000) return 'The description can have up to 1,000 characters.';
  if (!DESCRIPTION_CHARS.test(value)) {
    return 'The description can contain letters, digits, punctuation and spaces (no emoji or other symbols).';
  }
  return undefined;
}
