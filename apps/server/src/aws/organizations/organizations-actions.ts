import type { AwsActionTable } from '../action-table.js';

/** Organizations 2016-11-28 (JSON 1.1): the actions Gatehouse serves. None yet (issue 14). */
export const organizationsActions: AwsActionTable = {};
