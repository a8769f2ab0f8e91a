import type { Request } from 'express';
import type { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { param } from '../handler.js';

/** A path parameter checked against its schema (a user name, a policy ARN...): ValidationError names it. */
export function pathParam<S extends z.ZodType<string>>(req: Request, name: string, schema: S): z.infer<S> {
  const value = param(req, name);
  const result = schema.safeParse(value);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? 'not valid';
    throw new AppError('ValidationError', `invalid \`${name}\` in the path: ${message}`, {
      fieldErrors: [{ path: name, message }],
    });
  }
  return result.data;
}
