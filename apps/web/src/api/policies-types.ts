// Shapes of the managed-policy routes, from the zod contracts (type-only,
// `@gatehouse/contracts/*`).
export type {
  CreatePolicyRequest,
  CreatePolicyVersionRequest,
  PolicyEntity,
  PolicyUsage,
  PolicyVersion,
} from '@gatehouse/contracts/iam/policies';
