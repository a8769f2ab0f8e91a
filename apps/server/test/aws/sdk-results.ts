// Reading the AWS SDK's answers in tests: a refused call as AWS's error code, HTTP status and
// message, and a paged list followed Marker by Marker to its end.
import type { IAMClient } from '@aws-sdk/client-iam';
import { expect } from 'vitest';

export interface SdkFailure {
  /** The SDK's error name: the modeled exception (`NoSuchEntityException`) or the code. */
  name: string;
  /** AWS's error code on the wire (`NoSuchEntity`). */
  code: string | undefined;
  status: number | undefined;
  message: string;
}

// The IAM errors the services throw, as the SDK reports them.
export const NO_SUCH_ENTITY = { name: 'NoSuchEntityException', code: 'NoSuchEntity', status: 404 };
export const ALREADY_EXISTS = {
  name: 'EntityAlreadyExistsException',
  code: 'EntityAlreadyExists',
  status: 409,
};
export const DELETE_CONFLICT = { name: 'DeleteConflictException', code: 'DeleteConflict', status: 409 };
export const LIMIT_EXCEEDED = { name: 'LimitExceededException', code: 'LimitExceeded', status: 409 };
export const MALFORMED_POLICY = {
  name: 'MalformedPolicyDocumentException',
  code: 'MalformedPolicyDocument',
  status: 400,
};
export const INVALID_INPUT = { name: 'InvalidInputException', code: 'InvalidInput', status: 400 };
export const VALIDATION_ERROR = { name: 'ValidationError', code: 'ValidationError', status: 400 };

/** The error a call failed with (the test fails if it succeeded). */
export async function failureOf(call: Promise<unknown>): Promise<SdkFailure> {
  const outcome = await call.then(
    () => undefined,
    (err: unknown) =>
      err as { name: string; Code?: string; message: string; $metadata?: { httpStatusCode?: number } },
  );
  expect(outcome, 'the call should have failed').toBeDefined();
  const { name, Code: code, message, $metadata } = outcome!;
  return { name, code, status: $metadata?.httpStatusCode, message };
}

export interface SdkPage {
  IsTruncated?: boolean;
  Marker?: string;
}

/** Every page of a list, following Marker while IsTruncated; each page's items by `itemsOf`. */
export async function allPages<P extends SdkPage, T>(
  fetch: (marker: string | undefined) => Promise<P>,
  itemsOf: (page: P) => T[] | undefined,
): Promise<{ pages: T[][]; truncated: boolean[] }> {
  const pages: T[][] = [];
  const truncated: boolean[] = [];
  let marker: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await fetch(marker);
    pages.push(itemsOf(page) ?? []);
    truncated.push(page.IsTruncated === true);
    if (!page.IsTruncated) return { pages, truncated };
    expect(page.Marker).toBeTruthy();
    marker = page.Marker;
  }
  throw new Error('the list did not end within 100 pages');
}

/**
 * Sends a command picked at run time (tests that walk users, groups and roles alike): the
 * SDK's commands are of distinct types, so the output is read by member name.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function sendAny(iam: IAMClient, command: unknown): Promise<any> {
  return iam.send(command as Parameters<IAMClient['send']>[0]);
}
