// Turns command-line or suite input into an EvaluationRequest.
import type { ContextValue, EvaluationRequest } from '../types.js';
import { UsageError } from './args.js';

/** Who is asking when no principal is named. */
export const DEFAULT_PRINCIPAL = 'arn:aws:iam::111122223333:user/simulated-user';

/** `key=value` pairs; a key given more than once becomes a multi-valued key. */
export function parseContext(pairs: readonly string[]): Record<string, ContextValue> {
  const context: Record<string, string | string[]> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--context expects key=value, got \`${pair}\``);
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const existing = context[key];
    if (existing === undefined) context[key] = value;
    else context[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return context;
}

export function buildRequest(fields: {
  principal?: string | undefined;
  action?: string | undefined;
  resource?: string | undefined;
  resourceAccount?: string | undefined;
  context?: Record<string, ContextValue>;
}): EvaluationRequest {
  if (!fields.action) throw new UsageError('an action is required (--action service:Action)');
  if (!fields.resource) throw new UsageError('a resource is required (--resource arn:... or *)');
  const request: EvaluationRequest = {
    principal: fields.principal ?? DEFAULT_PRINCIPAL,
    action: fields.action,
    resource: fields.resource,
  };
  if (fields.resourceAccount !== undefined) {
    if (!/^\d{12}$/.test(fields.resourceAccount)) {
      throw new UsageError(`the resource account must be 12 digits, got \`${fields.resourceAccount}\``);
    }
    request.resourceAccount = fields.resourceAccount;
  }
  if (fields.context && Object.keys(fields.context).length > 0) request.context = fields.context;
  return request;
}
