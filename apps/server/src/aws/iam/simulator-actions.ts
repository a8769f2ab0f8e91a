import type { AwsActionTable } from '../action-table.js';

export const simulatorActions: AwsActionTable = {};
