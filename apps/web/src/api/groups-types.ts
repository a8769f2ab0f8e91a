// The group routes' shapes the users pages did not need, from the zod contracts
// (type-only, `@gatehouse/contracts/*`).
export type { CreateGroupRequest, Group } from '@gatehouse/contracts/iam/groups';
