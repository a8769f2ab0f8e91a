// The checks of what a simulation request pastes (policies, a boundary, a resource policy, the
// caller's ARN). Pure: they run in the simulator worker (src/simulator-worker), beside the
// simulation itself, so that the event loop never validates a large policy.
import { checkPolicyText } from '@gatehouse/evaluator';
import type { SimulatedPolicy } from '@gatehouse/contracts/simulator/simulator';
import { AppError } from '../../errors/app-error.js';
import { firstProblem } from '../iam/common/policy-text.js';
import type { ResourcePolicy } from './run-simulation.js';
import { TimeSlice } from './time-slice.js';

const IAM_USER_ARN = /^arn:aws:iam::(\d{12}):user(\/(?:[^/]+\/)*)?([\w+=,.@-]+)$/;

/**
 * AWS's CallerArn: the IAM user a simulation runs as (so that a resource policy's Principal has
 * someone to match). Only a user's ARN, of any account; InvalidInput for anything else.
 */
export function simulatedCallerArn(arn: string): string {
  if (IAM_USER_ARN.test(arn)) return arn;
  throw new AppError('InvalidInput', `the caller must be an IAM user: \`${arn}\` is not a user's ARN`, {
    fieldErrors: [{ path: 'callerArn', message: 'enter the ARN of an IAM user' }],
  });
}

/** Pasted policies by kind: their ids (which explanations refer to) and what messages call them. */
const PASTED = {
  identity: { id: 'custom-policy', name: 'Custom policy', called: 'policy' },
  boundary: { id: 'custom-boundary', name: 'Custom permissions boundary', called: 'permissions boundary' },
} as const;

function checkedText(text: string, kind: 'identity' | 'boundary' | 'resource', called: string, index = 0) {
  const checked = checkPolicyText(text, kind, { sizeLimit: Infinity });
  if (checked.ok) return;
  const first = firstProblem(checked.diagnostics);
  throw new AppError(
    'MalformedPolicyDocument',
    `${called} is not a valid policy: ${first?.message ?? 'it cannot be parsed'}`,
    { diagnostics: checked.diagnostics, details: { policyIndex: index } },
  );
}

/**
 * Each pasted policy checked as an identity policy (or a permissions boundary);
 * MalformedPolicyDocument names the first bad one.
 */
export async function checkPolicies(
  texts: string[],
  kind: 'identity' | 'boundary' = 'identity',
): Promise<SimulatedPolicy[]> {
  const slice = new TimeSlice();
  const pasted = PASTED[kind];
  const policies: SimulatedPolicy[] = [];
  for (const [index, text] of texts.entries()) {
    checkedText(text, kind, `${pasted.called} ${index + 1}`, index);
    policies.push({
      id: `${pasted.id}-${index + 1}`,
      name: `${pasted.name} ${index + 1}`,
      category: kind,
      document: text,
    });
    await slice.pause();
  }
  return policies;
}

/** A pasted resource-based policy, checked as one (it names a Principal). */
export function checkResourcePolicy(text: string): ResourcePolicy {
  checkedText(text, 'resource', 'the resource policy');
  return { id: 'resource-policy', name: 'Resource policy', document: text };
}

/**
 * Who a simulation runs as: `callerArn`, else `fallback`. A caller passes no fallback when a
 * resource policy needs a real IAM user to match its Principal against (AWS's rule).
 */
export function simulationCaller(callerArn: string | undefined, fallback: string | undefined): string {
  if (callerArn !== undefined) return simulatedCallerArn(callerArn);
  if (fallback !== undefined) return fallback;
  throw new AppError(
    'InvalidInput',
    'a simulation with a resource policy needs `callerArn`: the IAM user its Principal is matched against',
    { fieldErrors: [{ path: 'callerArn', message: 'enter the ARN of an IAM user' }] },
  );
}
