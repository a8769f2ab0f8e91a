// Access Analyzer answers every malformed request with ValidationException (AWS's code for it),
// where the rest of the console API says ValidationError: the same parse, another code.
import type { z } from 'zod';
import { AppError, isAppError } from '../errors/app-error.js';
import { parse } from './handler.js';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  try {
    return parse(schema, value);
  } catch (err) {
    if (isAppError(err) && err.code === 'ValidationError') {
      throw new AppError('ValidationException', err.message, err.options);
    }
    throw err;
  }
}
