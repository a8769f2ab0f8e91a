// The expensive requests of issue 13, built once for the cost bench (bench/cost.ts) and the
// tests that pin their bounds (test/simulator/simulator-cost.test.ts).

export interface CustomSimulationShape {
  policies: number;
  statements: number;
  actions: number;
  resources: number;
}

/** The finding's request: 20 policies of 10 statements, 1,000 actions, 50 resources (~62 KB). */
export const FINDING_SHAPE: CustomSimulationShape = {
  policies: 20,
  statements: 10,
  actions: 1000,
  resources: 50,
};

function policy(p: number, statements: number): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: Array.from({ length: statements }, (_, s) => ({
      Sid: `P${p}S${s}`,
      Effect: s % 4 === 3 ? 'Deny' : 'Allow',
      Action: [`s3:Get${p}${s}*`, 'ec2:Describe*'],
      Resource: `arn:aws:s3:::bucket-${p}-${s}/*`,
      Condition: { StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] } },
    })),
  });
}

/** A body for POST /api/simulator/custom-policy of the given shape. */
export function customSimulationBody(shape: CustomSimulationShape = FINDING_SHAPE) {
  return {
    policies: Array.from({ length: shape.policies }, (_, p) => policy(p, shape.statements)),
    actions: Array.from({ length: shape.actions }, (_, i) => `s3:GetObjectVersion${i}`),
    resources: Array.from({ length: shape.resources }, (_, i) => `arn:aws:s3:::bucket-${i % 20}-${i}/key`),
    context: { 'aws:PrincipalTag/team': 'red' },
  };
}
