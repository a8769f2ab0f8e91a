// AWS's simulator parameters as the simulator services take them: ContextEntries as the
// evaluator's context values by their ContextKeyType, ResourceOwner as an account id, the one
// boundary PermissionsBoundaryPolicyInputList may hold, and the console's limits on actions,
// resources and pasted policies (one definition: the simulator contract), beyond what AWS's
// model checks. Every refusal is InvalidInput, as AWS's.
import { isIP } from 'node:net';
import type { ContextValue } from '@gatehouse/evaluator';
import type { z } from 'zod';
import { simulateCustomPolicyRequestSchema } from '@gatehouse/contracts/simulator/simulator';
import { AppError } from '../../errors/app-error.js';
import type { AwsInput } from '../action-table.js';

const LIMITS = simulateCustomPolicyRequestSchema.shape;

function checked<T>(schema: z.ZodType<T>, value: unknown, member: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const at = typeof issue.path[0] === 'number' ? ` (${member}.member.${issue.path[0] + 1})` : '';
  throw new AppError('InvalidInput', `${issue.message}${at}`);
}

/** ActionNames and ResourceArns (`*` when absent), within the console's limits. */
export function simulationTargets(input: AwsInput): { actions: string[]; resources: string[] } {
  return {
    actions: checked(LIMITS.actions, input.ActionNames, 'ActionNames'),
    resources: checked(LIMITS.resources, input.ResourceArns, 'ResourceArns'),
  };
}

/** PolicyInputList, within the console's limits; undefined when absent or empty. */
export function pastedPolicies(list: unknown): string[] | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  return checked(LIMITS.policies, list, 'PolicyInputList');
}

/** PermissionsBoundaryPolicyInputList: "You can input only one permissions boundary". */
export function pastedBoundary(list: unknown): string | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  if (list.length > 1) {
    throw new AppError('InvalidInput', 'only one permissions boundary can be simulated at a time');
  }
  return checked(LIMITS.policies, list, 'PermissionsBoundaryPolicyInputList')[0];
}

const ACCOUNT = /^(?:(\d{12})|arn:aws:iam::(\d{12}):root)$/;

/** ResourceOwner: an account id, or the account's ARN (`arn:aws:iam::111122223333:root`). */
export function resourceOwner(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ACCOUNT.exec(value);
  if (match) return match[1] ?? match[2];
  throw new AppError(
    'InvalidInput',
    `the resource owner \`${value}\` is not an account: give its id (\`111122223333\`) or ARN (\`arn:aws:iam::111122223333:root\`)`,
  );
}

type Scalar = Exclude<ContextValue, readonly string[]>;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Each ContextKeyType's reading of one value (undefined: not a value of that type). */
const READ: Readonly<Record<string, (text: string) => Scalar | undefined>> = {
  string: (text) => text,
  numeric: (text) => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : undefined),
  boolean: (text) => {
    const word = text.trim().toLowerCase();
    return word === 'true' || word === 'false' ? word === 'true' : undefined;
  },
  // ISO 8601 or epoch seconds; the evaluator reads the text (see its date operators).
  date: (text) =>
    /^\s*\d{4}(-\d\d)?(-\d\d)?([Tt ].*)?\s*$|^\s*\d+(\.\d+)?\s*$/.test(text) ? text : undefined,
  ip: (text) => (isIP(text.trim()) !== 0 ? text.trim() : undefined),
  binary: (text) => (BASE64.test(text) ? new Uint8Array(Buffer.from(text, 'base64')) : undefined),
};

interface ContextEntry {
  ContextKeyName?: string;
  ContextKeyValues?: string[];
  ContextKeyType?: string;
}

function entryValue(entry: ContextEntry, name: string): ContextValue {
  const values = entry.ContextKeyValues ?? [];
  const type = entry.ContextKeyType ?? (values.length > 1 ? 'stringList' : 'string');
  const list = type.endsWith('List');
  const read = READ[list ? type.slice(0, -'List'.length) : type]!;
  const typed = values.map((text) => {
    const value = read(text);
    if (value !== undefined) return value;
    throw new AppError('InvalidInput', `context key \`${name}\` of type ${type} cannot take \`${text}\``);
  });
  // Multivalued keys are lists of text; the evaluator reads each element by the operator's type.
  if (list)
    return typed.map((v, i) => (typeof v === 'string' || typeof v === 'boolean' ? String(v) : values[i]!));
  if (typed.length !== 1) {
    throw new AppError(
      'InvalidInput',
      `context key \`${name}\` of type ${type} takes one value (${typed.length} given); type ${type}List takes several`,
    );
  }
  return typed[0]!;
}

/** ContextEntries as the evaluator's context: one value per key, typed by ContextKeyType. */
export function simulationContext(entries: unknown): Record<string, ContextValue> {
  const pairs: [string, ContextValue][] = [];
  const seen = new Set<string>();
  for (const entry of (entries ?? []) as ContextEntry[]) {
    const name = entry.ContextKeyName;
    if (name === undefined) throw new AppError('InvalidInput', 'a context entry has no ContextKeyName');
    if (seen.has(name.toLowerCase())) {
      throw new AppError('InvalidInput', `context key \`${name}\` is given more than once`);
    }
    seen.add(name.toLowerCase());
    pairs.push([name, entryValue(entry, name)]);
  }
  // fromEntries, not assignment: a key named `__proto__` stays a key.
  return Object.fromEntries(pairs);
}
