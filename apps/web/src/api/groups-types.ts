// The group routes' shapes the users pages did not need, from the server's zod contracts
// (type-only, through the `@gatehouse/server/contracts/*` path of tsconfig.json).
export type { CreateGroupRequest, Group } from '@gatehouse/contracts/iam/groups';
