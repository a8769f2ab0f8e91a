// Policy simulator requests and responses: which actions on which resources a principal (or a
// set of pasted policies) may perform, with the evaluator's explanation of each decision.
import type { Decision, Explanation } from '@gatehouse/evaluator';
import { z } from 'zod';
import { roleNameSchema, userNameSchema, groupNameSchema } from '../iam/fields.js';

export const MAX_SIMULATED_ACTIONS = 1000;
export const MAX_SIMULATED_RESOURCES = 50;
export const MAX_SIMULATED_POLICIES = 20;
/** AWS's limits (IAM API reference, SimulateCustomPolicy / SimulatePrincipalPolicy). */
export const MAX_POLICY_INPUT_LENGTH = 131_072;
export const MAX_ACTION_NAME_LENGTH = 128;
export const MAX_RESOURCE_ARN_LENGTH = 2048;
export const CONTEXT_KEY_LENGTH = { min: 5, max: 256 } as const;
export const MAX_ITEMS = { min: 1, max: 1000, default: 100 } as const;
export const MAX_MARKER_LENGTH = 320;

/** AWS's character set for policy documents given to the simulator: tab, LF, CR, U+0020–U+00FF. */
function inPolicyCharacterSet(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) return false;
  }
  return true;
}

const actionSchema = z
  .string()
  .min(3, 'an action is `service:Action`, e.g. `s3:GetObject`')
  .max(MAX_ACTION_NAME_LENGTH, `an action has at most ${MAX_ACTION_NAME_LENGTH} characters`)
  .regex(/^[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+$/, 'an action is `service:Action`, e.g. `s3:GetObject`');

const resourceSchema = z
  .string()
  .min(1, 'enter a resource ARN or `*`')
  .max(MAX_RESOURCE_ARN_LENGTH, `a resource ARN has at most ${MAX_RESOURCE_ARN_LENGTH} characters`)
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
        .min(CONTEXT_KEY_LENGTH.min, `a context key has at least ${CONTEXT_KEY_LENGTH.min} characters`)
        .max(CONTEXT_KEY_LENGTH.max, `a context key has at most ${CONTEXT_KEY_LENGTH.max} characters`)
        .regex(/^[^\s]+$/, 'a context key has no white space'),
      contextValueSchema,
    )
    .default({}),
  /**
   * Results per page (AWS's MaxItems: 1–1000, default 100). A page may hold fewer when its
   * explanations are large; `isTruncated` then says more follow.
   */
  maxItems: z
    .number()
    .int('`maxItems` is a whole number')
    .min(MAX_ITEMS.min, `\`maxItems\` is at least ${MAX_ITEMS.min}`)
    .max(MAX_ITEMS.max, `\`maxItems\` is at most ${MAX_ITEMS.max}`)
    .optional(),
  /** The `marker` of the previous page, to continue from it. */
  marker: z.string().min(1).max(MAX_MARKER_LENGTH, 'the marker is not valid').optional(),
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
    .array(
      z
        .string()
        .min(1, 'a policy document is not empty')
        .max(MAX_POLICY_INPUT_LENGTH, `a policy document has at most ${MAX_POLICY_INPUT_LENGTH} characters`)
        .refine(
          inPolicyCharacterSet,
          'a policy document has only tab, line feed, carriage return and the characters U+0020 to U+00FF',
        ),
    )
    .min(1, 'enter at least one policy')
    .max(MAX_SIMULATED_POLICIES, `simulate at most ${MAX_SIMULATED_POLICIES} policies at once`),
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

/** One page of results, in order: every resource of the first action, then of the next... */
export interface SimulationPage {
  results: SimulationResult[];
  /** More results follow: ask again with `marker`. */
  isTruncated: boolean;
  /** Present when `isTruncated`: where the next page starts. */
  marker?: string;
}

export interface SimulationResponse extends SimulationPage {
  /** The simulated principal's ARN (absent for custom policies). */
  principalArn?: string;
  policies: SimulatedPolicy[];
}
