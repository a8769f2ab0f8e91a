import type { AwsActionTable } from '../action-table.js';

/** CloudTrail 2013-11-01 (JSON 1.1): the actions Gatehouse serves. None yet (issue 15). */
export const cloudtrailActions: AwsActionTable = {};
