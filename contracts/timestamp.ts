import { z } from 'zod';

/** Earliest accepted timestamp (2000-01-01T00:00:00Z, in ms): anything older is a unit mistake. */
const MIN_TS_MS = Date.UTC(2000, 0, 1);
/** Latest accepted timestamp (2100-01-01T00:00:00Z, in ms): catches seconds sent as microseconds. */
const MAX_TS_MS = Date.UTC(2100, 0, 1);

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A point in time as epoch milliseconds or an ISO 8601 string with a zone, normalised to epoch ms.
 * Seconds are refused (they would land in 1970) with a message that says so.
 */
export const timestampMsSchema = z
  .union([
    z.number().int('must be an integer number of epoch milliseconds'),
    z
      .string()
      .regex(
        ISO_8601,
        'must be an ISO 8601 date-time with a zone, like "2026-11-27T14:05:00+07:00"',
      ),
  ])
  .transform((value) => (typeof value === 'number' ? value : Date.parse(value)))
  .refine((ms) => Number.isFinite(ms) && ms >= MIN_TS_MS && ms < MAX_TS_MS, {
    message:
      'must be between 2000 and 2100; send epoch milliseconds (13 digits), not seconds or microseconds',
  });
