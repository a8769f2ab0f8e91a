import type { AwsActionTable } from '../action-table.js';

export const inlinePolicyActions: AwsActionTable = {};
