import type { AwsActionTable } from '../action-table.js';

export const roleActions: AwsActionTable = {};
