// What "Retrieve password" hands over, as the IAM console does: a .csv of the user name,
// password and console sign-in URL (its column names), and an email with the sign-in URL and the
// user name only — a password never goes into an email the browser composes.

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function credentialsCsv(details: { userName: string; password: string; signInUrl: string }): string {
  const rows = [
    ['User name', 'Password', 'Console sign-in URL'],
    [details.userName, details.password, details.signInUrl],
  ];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The file name AWS's console uses for it: `<user>_credentials.csv`. */
export const credentialsFileName = (userName: string) => `${userName}_credentials.csv`;

/** A `mailto:` link with the sign-in instructions, leaving the recipient for the sender to fill. */
export function signInInstructionsMailto(details: {
  userName: string;
  signInUrl: string;
  passwordResetRequired: boolean;
}): string {
  const subject = 'Your sign-in details for the Gatehouse console';
  const body = [
    'Hello,',
    '',
    'You now have a user in the Gatehouse console.',
    '',
    `Console sign-in URL: ${details.signInUrl}`,
    `User name: ${details.userName}`,
    '',
    'Your password will be given to you separately.',
    details.passwordResetRequired ? 'You will be asked to choose a new password when you first sign in.' : '',
  ]
    .filter((line, i, all) => !(line === '' && i === all.length - 1))
    .join('\n');
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
