import type { CounterEvent } from '../../../../contracts/event.js';

/** Where the outbox keeps its presses between page loads (localStorage on a tablet, memory in tests). */
export interface PressStore {
  load(): StoredPresses;
  save(presses: StoredPresses): void;
}

/** What a store holds: presses not yet acknowledged, in press order, and those the collector refused. */
export interface StoredPresses {
  pending: CounterEvent[];
  /** Refused with a 4xx other than 401: kept for IT support, never resent, never blocking the rest. */
  rejected: { event: CounterEvent; reason: string }[];
}

/** How one attempt to send a batch ended. */
export type SendOutcome =
  /** 202: the batch is on the collector's disk. */
  | { kind: 'accepted' }
  /** No answer, 5xx or 429: send the same batch again later. */
  | { kind: 'retry'; reason: string }
  /** 401: the device session is gone; keep everything until the device signs in again. */
  | { kind: 'signed-out'; reason: string }
  /** Any other 4xx: this batch will never be accepted as it is. */
  | { kind: 'refused'; reason: string };

/** Most presses in one request; a day offline is a few hundred at most. */
export const MAX_PRESS_BATCH = 50;

/**
 * The device's queue of presses, each a counter event with its own id and time. Presses leave
 * the queue only when the collector acknowledged them (202), and go in press order, so a
 * completion never arrives before the start it ends. Resending is safe: the collector records an
 * event id once.
 */
export class PressOutbox {
  private state: StoredPresses;
  /** After a refusal, presses go one by one so that one bad press cannot sink the others. */
  private isolating = false;

  constructor(private readonly store: PressStore) {
    this.state = store.load();
  }

  /** Adds a press at the end and keeps it on the device before anything is sent. */
  enqueue(event: CounterEvent): void {
    this.state.pending.push(event);
    this.store.save(this.state);
  }

  /** Presses waiting for the collector, oldest first. */
  get pending(): readonly CounterEvent[] {
    return this.state.pending;
  }

  /** Presses the collector refused. */
  get rejected(): StoredPresses['rejected'] {
    return this.state.rejected;
  }

  /** The batch to send next: the oldest presses (one while isolating a refused one). */
  nextBatch(): CounterEvent[] {
    return this.state.pending.slice(0, this.isolating ? 1 : MAX_PRESS_BATCH);
  }

  /** Applies the outcome of sending `batch` (which `nextBatch` returned). */
  settle(batch: readonly CounterEvent[], outcome: SendOutcome): void {
    if (outcome.kind === 'retry' || outcome.kind === 'signed-out') return;
    const sent = new Set(batch.map((event) => event.id));
    if (outcome.kind === 'refused' && batch.length > 1) {
      // Which press was refused is not known: send them one by one from now on.
      this.isolating = true;
      return;
    }
    if (outcome.kind === 'refused')
      this.state.rejected.push(...batch.map((event) => ({ event, reason: outcome.reason })));
    this.state.pending = this.state.pending.filter((event) => !sent.has(event.id));
    if (this.state.pending.length === 0) this.isolating = false;
    this.store.save(this.state);
  }
}

/** A store in memory (tests; or a browser without storage, where presses live as long as the page). */
export function memoryPressStore(initial?: StoredPresses): PressStore {
  let saved = JSON.stringify(initial ?? { pending: [], rejected: [] });
  return {
    load: () => JSON.parse(saved) as StoredPresses,
    save: (presses) => {
      saved = JSON.stringify(presses);
    },
  };
}
