import type { AwsActionTable } from '../action-table.js';
import { getCallerIdentity } from './get-caller-identity.js';

/** STS 2011-06-15: the actions Gatehouse serves. */
export const stsActions: AwsActionTable = {
  GetCallerIdentity: getCallerIdentity,
};
