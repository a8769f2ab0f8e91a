// Reads a policy file and checks it as a given kind of policy.
import { readFileSync } from 'node:fs';
import type { PolicyKind } from '../types.js';
import type { CheckResult } from '../validate/check-policy-text.js';
import { checkPolicyText } from '../validate/check-policy-text.js';
import { isPolicyKind, POLICY_KINDS } from '../validate/kind-rules.js';
import { UsageError } from './args.js';

export interface CheckedFile extends CheckResult {
  file: string;
  text: string;
}

export function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}

export function checkFile(file: string, kind: PolicyKind, sizeLimit?: number): CheckedFile {
  const text = readText(file);
  const options = sizeLimit === undefined ? {} : { sizeLimit };
  return { file, text, ...checkPolicyText(text, kind, options) };
}

export function parseKind(value: string | undefined, fallback: PolicyKind): PolicyKind {
  if (value === undefined) return fallback;
  if (!isPolicyKind(value))
    throw new UsageError(`unknown kind \`${value}\`: expected one of ${POLICY_KINDS.join(', ')}`);
  return value;
}
