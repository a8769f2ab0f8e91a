import type { ServiceContext } from '../services/service-context.js';
import type { QueryStructure } from './protocol/query-input.js';

/**
 * One AWS action: reads the validated input (member names as AWS's: `UserName`, `Tags`…),
 * calls the service function the console's route calls, and returns the output structure
 * (again AWS's member names), which the door writes as XML. Nothing else: no SQL, no rules.
 */
// The input is validated against the model before a handler runs, so handlers read members
// by their model types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AwsInput = QueryStructure & Record<string, any>;
export type AwsActionHandler = (
  ctx: ServiceContext,
  input: AwsInput,
) => Promise<Record<string, unknown> | void>;
export type AwsActionTable = Readonly<Record<string, AwsActionHandler>>;
