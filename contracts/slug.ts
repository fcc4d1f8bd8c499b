import { z } from 'zod';

/** Identifier of a site, target, field or counter: a short lowercase slug (display names come from config). */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Zod schema of a slug, with a message that says what a valid one looks like. */
export const slugSchema = z
  .string()
  .regex(
    SLUG_PATTERN,
    'must be a slug: 1–64 characters of a-z, 0-9, ".", "_" or "-", starting with a letter or digit (for example "tu-phap-ho-tich")',
  );
