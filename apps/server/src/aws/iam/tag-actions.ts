import type { AwsActionTable } from '../action-table.js';

export const tagActions: AwsActionTable = {};
