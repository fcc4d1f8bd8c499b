import { z } from 'zod';

/** A query parameter naming a point in time: epoch milliseconds or ISO 8601, as epoch ms. */
export const instantSchema = z.string().transform((value, ctx) => {
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(ms)) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be epoch milliseconds or an ISO 8601 date-time',
    });
    return z.NEVER;
  }
  return ms;
});
