import { getContextKeysForCustomPolicy } from '../../services/simulator/get-context-keys-for-custom-policy.js';
import { getContextKeysForPrincipalPolicy } from '../../services/simulator/get-context-keys-for-principal-policy.js';
import { simulateCustomPolicy } from '../../services/simulator/simulate-custom-policy.js';
import { simulatePrincipalPolicy } from '../../services/simulator/simulate-principal-policy.js';
import type { AwsActionTable, AwsInput } from '../action-table.js';
import {
  pastedBoundary,
  pastedPolicies,
  resourceOwner,
  simulationContext,
  simulationTargets,
} from './simulation-input.js';
import { awsSimulationPage } from './simulation-shapes.js';

/** What both simulations take beyond their policies. ResourceHandlingOption is not acted on. */
function simulationOptions(input: AwsInput) {
  return {
    ...simulationTargets(input),
    context: simulationContext(input.ContextEntries),
    boundaryPolicy: pastedBoundary(input.PermissionsBoundaryPolicyInputList),
    resourcePolicy: input.ResourcePolicy as string | undefined,
    resourceOwner: resourceOwner(input.ResourceOwner),
    callerArn: input.CallerArn as string | undefined,
    maxItems: input.MaxItems as number | undefined,
    marker: input.Marker as string | undefined,
  };
}

export const simulatorActions: AwsActionTable = {
  SimulatePrincipalPolicy: async (ctx, input) =>
    awsSimulationPage(
      await simulatePrincipalPolicy({
        ctx,
        principalArn: input.PolicySourceArn,
        extraPolicies: pastedPolicies(input.PolicyInputList),
        ...simulationOptions(input),
      }),
    ),
  SimulateCustomPolicy: async (ctx, input) =>
    awsSimulationPage(
      await simulateCustomPolicy({
        ctx,
        policies: pastedPolicies(input.PolicyInputList) ?? [],
        ...simulationOptions(input),
      }),
    ),
  GetContextKeysForPrincipalPolicy: async (ctx, input) => {
    const { contextKeyNames } = await getContextKeysForPrincipalPolicy({
      ctx,
      principalArn: input.PolicySourceArn,
      extraPolicies: pastedPolicies(input.PolicyInputList),
    });
    return { ContextKeyNames: contextKeyNames };
  },
  GetContextKeysForCustomPolicy: async (ctx, input) => {
    const { contextKeyNames } = await getContextKeysForCustomPolicy({
      ctx,
      policies: pastedPolicies(input.PolicyInputList) ?? [],
    });
    return { ContextKeyNames: contextKeyNames };
  },
};
