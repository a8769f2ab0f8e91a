// The .csv the IAM console offers when an access key is created: AWS's header and one row.

export const ACCESS_KEY_CSV_HEADER = 'Access key ID,Secret access key';

export function accessKeyCsv(accessKeyId: string, secretAccessKey: string): string {
  return `${ACCESS_KEY_CSV_HEADER}\n${accessKeyId},${secretAccessKey}\n`;
}

/** `alice_accessKeys.csv` as AWS names it; the root user's file is `rootkey.csv`. */
export function accessKeyCsvFileName(userName: string | undefined): string {
  return userName ? `${userName}_accessKeys.csv` : 'rootkey.csv';
}
