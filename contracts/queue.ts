/** State of a counter (quầy): serving a ticket, open and idle, paused (lunch, a break), or closed. */
export type CounterState = 'serving' | 'idle' | 'paused' | 'closed';

/** Live queue of one field (lĩnh vực). Times in epoch ms. */
export interface FieldQueue {
  /** Field slug. */
  field: string;
  /** Display name from config, or the slug when the config does not name it. */
  name: string;
  /** Tickets issued and not yet called. */
  waiting: number;
  /** Tickets being served right now. */
  serving: number;
  /** Issue time of the oldest waiting ticket, or null when nobody waits. */
  oldestWaitingSinceMs: number | null;
}

/** Live state of one counter. */
export interface CounterStatus {
  counter: string;
  name: string;
  state: CounterState;
  /** Ticket being called or served, if any. */
  ticket: string | null;
  /** When the counter entered its current state (epoch ms). */
  sinceMs: number;
  /** Visits completed today. */
  servedToday: number;
}

/** The whole live queue of a site, as sent in `snapshot` and `state` messages and by `GET /api/v1/queue`. */
export interface QueueSnapshot {
  site: string;
  /** True when the data come from the demo simulator, never from a real centre. */
  demo: boolean;
  /** Time of the latest event applied (epoch ms), or null before any. */
  asOfMs: number | null;
  fields: FieldQueue[];
  counters: CounterStatus[];
  totals: { waiting: number; serving: number; servedToday: number; issuedToday: number };
}
