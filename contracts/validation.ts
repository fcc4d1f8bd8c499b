import type { z } from 'zod';

/** One problem in an input, located by a path such as `[2].fields.rtt_ms` or `probes.targets[0].url`. */
export interface ValidationProblem {
  path: string;
  message: string;
}

/** Renders a zod issue path as `a.b[2].c`; the root is `(root)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Turns a zod error into located problems, at most `limit` of them (a flood of errors helps nobody). */
export function toValidationProblems(error: z.ZodError, limit = 100): ValidationProblem[] {
  return error.issues.slice(0, limit).map((issue) => ({
    path: formatIssuePath(issue.path),
    message: describeIssue(issue),
  }));
}

/** The message of a zod issue in plain words: zod says "Invalid input: expected string, received undefined" for a missing key. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  // A bad record key comes as "Invalid key in record" with the key's own problem nested inside.
  if (issue.code === 'invalid_key' && issue.issues[0]) return describeIssue(issue.issues[0]);
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
  return missing ? `is required (a ${missing[1]})` : issue.message;
}
