// Small helpers shared by the IAM entity tests.
import { expect } from 'vitest';
import type { ApiResponse } from '../harness/api-client.js';

/** Asserts an error answer: status, AWS error code, and (optionally) words of the message. */
export function expectError(res: ApiResponse, status: number, code: string, ...words: string[]): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body?.error?.code, JSON.stringify(res.body)).toBe(code);
  for (const word of words) expect(res.body.error.message).toContain(word);
}

/** Asserts a success status, printing the body when it is not. */
export function expectStatus(res: ApiResponse, status: number): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
}

/** AccessDenied in AWS's words, naming the action and the resource. */
export function expectDenied(res: ApiResponse, action: string, resource: string): void {
  expectError(res, 403, 'AccessDenied');
  expect(res.body.error.action).toBe(action);
  expect(res.body.error.resource).toBe(resource);
  expect(res.body.error.message).toMatch(
    new RegExp(
      `^User: arn:aws:iam::\\d{12}:user/.* is not authorized to perform: ${action} on resource: ${escape(resource)} `,
    ),
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A policy document as the console sends it: text. */
export function policyText(statements: object | object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

export const enc = encodeURIComponent;
