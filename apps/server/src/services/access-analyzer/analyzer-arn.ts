// Gatehouse gives each account one analyzer (external and unused access together); access
// analyzer actions are authorised on its ARN, as AWS authorises them on the analyzer's.
export const ANALYZER_NAME = 'gatehouse';
export const ANALYZER_REGION = 'us-east-1';

export function analyzerArn(accountId: string): string {
  return `arn:aws:access-analyzer:${ANALYZER_REGION}:${accountId}:analyzer/${ANALYZER_NAME}`;
}
