import type { z } from 'zod';
import { toValidationProblems } from '../../contracts/validation.js';
import { HttpError } from './http-error.js';

/** Parses input with a schema, or throws a 400 that locates every problem (`what` names the input). */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  input: unknown,
  what: string,
): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toValidationProblems(result.error);
  const more =
    result.error.issues.length > details.length ? ` (first ${details.length} shown)` : '';
  throw new HttpError(
    400,
    `invalid ${what}: ${result.error.issues.length} problem(s)${more}; nothing was recorded, fix them and send again`,
    details,
  );
}
