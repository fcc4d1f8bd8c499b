import { z } from 'zod';
import type { CounterState } from './queue.js';
import { slugSchema } from './slug.js';

/** What a counter terminal device is: a ticket kiosk, an official's counter page, or a rating pad. */
export const DEVICE_KINDS = ['kiosk', 'counter', 'rating'] as const;

export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** A registered device as `GET /api/v1/devices` lists it (never its token). Times in epoch ms. */
export interface DeviceInfo {
  id: number;
  name: string;
  kind: DeviceKind;
  /** Counter slug of a counter page or rating pad; null for a kiosk. */
  counter: string | null;
  createdMs: number;
  /** When the device was revoked; null while its token works. */
  revokedMs: number | null;
}

/** Body of `POST /api/v1/devices` (admin). */
export const newDeviceSchema = z
  .object({
    name: z
      .string({ error: 'is required: a name staff recognise, like "Kiosk sảnh chính"' })
      .trim()
      .min(1, 'must not be empty')
      .max(120, 'must be at most 120 characters'),
    kind: z.enum(DEVICE_KINDS, { error: `must be one of ${DEVICE_KINDS.join(', ')}` }),
    counter: slugSchema.optional(),
  })
  .superRefine((device, ctx) => {
    if (device.kind === 'kiosk' && device.counter !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['counter'],
        message: 'must be left out for a kiosk: a kiosk serves every field',
      });
    if (device.kind !== 'kiosk' && device.counter === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['counter'],
        message: `is required for a ${device.kind} device: the id of its counter in the config (for example "1")`,
      });
  });

export type NewDevice = z.output<typeof newDeviceSchema>;

/** Answer of `POST /api/v1/devices`: the device code, shown this once (only its hash is kept). */
export interface CreatedDevice {
  id: number;
  token: string;
}

/** A press's id: generated on the device (a UUID), so that a resent press is recorded once. */
const pressIdSchema = z
  .string({ error: 'is required: a unique id made on the device (a UUID)' })
  .regex(/^[A-Za-z0-9-]{8,64}$/, 'must be 8–64 letters, digits or "-" (a UUID)');

/** Body of `POST /api/v1/terminal/session`: the device code typed once on the device. */
export const terminalSessionSchema = z.object({
  code: z
    .string({ error: 'is required: the device code given by the admin' })
    .min(1, 'must not be empty')
    .max(256),
});

/**
 * Body of `POST /api/v1/terminal/tickets` (kiosk): take a number in a field. The collector stamps
 * the issue with its own clock: it orders the queue, and a cheap tablet's clock may be off.
 */
export const ticketRequestSchema = z.object({
  id: pressIdSchema,
  field: slugSchema,
});

/** Body of `GET /api/v1/terminal/session`: the device this browser is signed in as, if any. */
export interface TerminalSession {
  device: TerminalConfig['device'] | null;
  /** True when the cookie names a device that was revoked since (sign in with a new code). */
  revoked: boolean;
}

/** Body of `POST /api/v1/terminal/call-next` (counter page). */
export const callNextRequestSchema = z.object({
  id: pressIdSchema,
});

/** A field as a terminal shows it, with the letter its ticket numbers start with. */
export interface TerminalField {
  id: string;
  name: string;
  /** First letter of its ticket numbers ("A" for the first configured field, "B" for the next…). */
  prefix: string;
}

/** Body of `GET /api/v1/terminal/config`: what a device needs to draw its page. */
export interface TerminalConfig {
  site: { id: string; name: string };
  device: { id: number; name: string; kind: DeviceKind; counter: string | null };
  fields: TerminalField[];
  counters: { id: string; name: string; fields: string[] }[];
}

/** Answer of `POST /api/v1/terminal/tickets`: the number to print. */
export interface IssuedTicket {
  ticket: string;
  field: string;
  fieldName: string;
  /** Issue time (epoch ms). */
  issuedMs: number;
  /** Tickets of the same field waiting before this one. */
  waitingAhead: number;
}

/** Answer of `POST /api/v1/terminal/call-next`: the ticket called, or null when nobody waits. */
export interface CalledTicket {
  ticket: string | null;
  field: string | null;
  calledMs: number | null;
}

/** Where a counter's current visit stands. */
export type VisitPhase = 'called' | 'serving';

/** Body of `GET /api/v1/terminal/state`: a counter's own view of the queue. */
export interface TerminalState {
  /** Counter of the device (null for a kiosk). */
  counter: string | null;
  /** The counter's state as its own presses left it (null for a kiosk). */
  counterState: CounterState | null;
  /** The counter's current ticket and its phase; null when free. */
  current: { ticket: string; field: string | null; phase: VisitPhase; sinceMs: number } | null;
  /** The last visit this counter ended today, for the rating pad to name it. */
  lastEnded: { ticket: string; endedMs: number } | null;
  /** Tickets waiting in the fields the counter serves (every field for a kiosk). */
  waiting: number;
  /** Collector clock, epoch ms. */
  atMs: number;
}
