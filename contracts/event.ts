import { z } from 'zod';
import { slugSchema } from './slug.js';
import { timestampMsSchema } from './timestamp.js';

/** Every kind of counter event, in the order of a visit (see DOMAIN.md, the ticket lifecycle). */
export const EVENT_TYPES = [
  'ticket.issued',
  'ticket.called',
  'service.started',
  'service.completed',
  'ticket.no_show',
  'rating.submitted',
  'counter.opened',
  'counter.paused',
  'counter.closed',
] as const;

export type CounterEventType = (typeof EVENT_TYPES)[number];

/** How a service ended: dossier received, result returned, or the citizen only guided. */
export const SERVICE_OUTCOMES = ['received', 'returned', 'guided'] as const;

/** Keys each event type must carry, beyond id, ts, site and type. */
const REQUIRED_KEYS: Record<
  CounterEventType,
  readonly ('ticket' | 'field' | 'counter' | 'outcome' | 'rating')[]
> = {
  'ticket.issued': ['ticket', 'field'],
  'ticket.called': ['ticket', 'counter'],
  'service.started': ['ticket', 'counter'],
  'service.completed': ['ticket', 'counter', 'outcome'],
  'ticket.no_show': ['ticket'],
  'rating.submitted': ['rating'],
  'counter.opened': ['counter'],
  'counter.paused': ['counter'],
  'counter.closed': ['counter'],
};

/** One event of the ticket lifecycle or of a counter, as `POST /api/v1/events` accepts it. */
export const counterEventSchema = z
  .object({
    id: z
      .string()
      .min(1, 'must not be empty')
      .max(128, 'must be at most 128 characters')
      .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces'),
    ts: timestampMsSchema,
    site: slugSchema,
    type: z.enum(EVENT_TYPES, {
      error: `must be one of ${EVENT_TYPES.join(', ')}`,
    }),
    ticket: z
      .string()
      .min(1)
      .max(32, 'must be at most 32 characters')
      .regex(/^[\p{L}\p{N}._-]+$/u, 'must be letters, digits, ".", "_" or "-" (for example "A042")')
      .optional(),
    field: slugSchema.optional(),
    counter: slugSchema.optional(),
    outcome: z
      .enum(SERVICE_OUTCOMES, { error: `must be one of ${SERVICE_OUTCOMES.join(', ')}` })
      .optional(),
    rating: z
      .number()
      .int()
      .min(1)
      .max(4, 'must be 1 (not satisfied) to 4 (very satisfied)')
      .optional(),
  })
  .superRefine((event, ctx) => {
    for (const key of REQUIRED_KEYS[event.type]) {
      if (event[key] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `is required for a ${event.type} event`,
        });
      }
    }
  });

/** A validated counter event; `ts` is epoch milliseconds. */
export type CounterEvent = z.output<typeof counterEventSchema>;
