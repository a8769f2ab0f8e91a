// Policy simulator requests and responses: which actions on which resources a principal (or a
// set of pasted policies) may perform, with the evaluator's explanation of each decision.
import type { Decision, Explanation } from '@gatehouse/evaluator';
import { z } from 'zod';
import { roleNameSchema, userNameSchema, groupNameSchema } from '../iam/fields.js';

export const MAX_SIMULATED_ACTIONS = 1000;
export const MAX_SIMULATED_RESOURCES = 50;

const actionSchema = z
  .string()
  .regex(/^[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+$/, 'an action is `service:Action`, e.g. `s3:GetObject`');

const resourceSchema = z
  .string()
  .min(1, 'enter a resource ARN or `*`')
  .max(2048, 'a resource ARN has at most 2048 characters')
  .refine((r) => r === '*' || r.startsWith('arn:'), 'a resource is `*` or an ARN (`arn:...`)');

const contextValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

const simulationFields = {
  actions: z
    .array(actionSchema)
    .min(1, 'choose at least one action')
    .max(MAX_SIMULATED_ACTIONS, `simulate at most ${MAX_SIMULATED_ACTIONS} actions at once`),
  resources: z
    .array(resourceSchema)
    .min(1, 'enter at least one resource (`*` for any)')
    .max(MAX_SIMULATED_RESOURCES, `simulate at most ${MAX_SIMULATED_RESOURCES} resources at once`)
    .default(['*']),
  /** Request context keys, e.g. `aws:SourceIp`, `aws:MultiFactorAuthPresent`, `aws:PrincipalTag/team`. */
  context: z
    .record(
      z
        .string()
        .min(1)
        .max(256)
        .regex(/^[^\s]+$/, 'a context key has no white space'),
      contextValueSchema,
    )
    .default({}),
};

export const simulatePrincipalPolicyRequestSchema = z
  .object({
    principalArn: z.string().min(1).max(2048).optional(),
    userName: userNameSchema.optional(),
    groupName: groupNameSchema.optional(),
    roleName: roleNameSchema.optional(),
    ...simulationFields,
  })
  .refine(
    (r) => [r.principalArn, r.userName, r.groupName, r.roleName].filter((v) => v !== undefined).length === 1,
    {
      message: 'name exactly one principal: `principalArn`, `userName`, `groupName` or `roleName`',
      path: ['principalArn'],
    },
  );
export type SimulatePrincipalPolicyRequest = z.input<typeof simulatePrincipalPolicyRequestSchema>;

export const simulateCustomPolicyRequestSchema = z.object({
  /** Policy documents as JSON text, each an identity policy. */
  policies: z
    .array(z.string().max(131072, 'a policy document has at most 131072 characters'))
    .min(1, 'enter at least one policy')
    .max(20, 'simulate at most 20 policies at once'),
  ...simulationFields,
});
export type SimulateCustomPolicyRequest = z.input<typeof simulateCustomPolicyRequestSchema>;

/** A policy that took part in the simulation: what the explanation's policy ids refer to. */
export interface SimulatedPolicy {
  id: string;
  name: string;
  category: 'identity' | 'boundary';
  document: string;
}

export interface SimulationResult {
  action: string;
  resource: string;
  decision: Decision;
  explanation: Explanation;
}

export interface SimulationResponse {
  /** The simulated principal's ARN (absent for custom policies). */
  principalArn?: string;
  policies: SimulatedPolicy[];
  results: SimulationResult[];
}
