import { z } from 'zod';

export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });

/** Every non-2xx answer of /api. `action`/`resource` accompany AccessDenied. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.array(fieldErrorSchema).optional(),
    diagnostics: z.array(z.unknown()).optional(),
    action: z.string().optional(),
    resource: z.string().optional(),
  }),
});

export type FieldErrorBody = z.infer<typeof fieldErrorSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
