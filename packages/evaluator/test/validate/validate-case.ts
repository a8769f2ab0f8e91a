// The shape of a validation case and helpers to write policies compactly.
import type { PolicyKind } from '../../src/types.js';
import type { ExpectedDiagnostic } from '../parse/expect-diagnostics.js';

export interface ValidateCase {
  name: string;
  /** The AWS rule the case checks. */
  doc: string;
  kind: PolicyKind;
  text: string;
  sizeLimit?: number;
  /** Every diagnostic `checkPolicyText` must return, in position order. */
  diagnostics: ExpectedDiagnostic[];
}

/** A 2012-10-17 policy with these statements, formatted as people write it. */
export function policy(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

/** An otherwise valid identity statement. */
export function grant(extra: object = {}): object {
  return { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*', ...extra };
}

/** An otherwise valid trust statement. */
export function trust(extra: object = {}): object {
  return {
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::111122223333:root' },
    Action: 'sts:AssumeRole',
    ...extra,
  };
}
