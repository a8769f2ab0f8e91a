// Shapes of the managed-policy routes, from the server's zod contracts (type-only, through the
// `@gatehouse/server/contracts/*` path of tsconfig.json).
export type {
  CreatePolicyRequest,
  CreatePolicyVersionRequest,
  PolicyEntity,
  PolicyUsage,
  PolicyVersion,
} from '@gatehouse/contracts/iam/policies';
