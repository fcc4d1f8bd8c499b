import type { CounterState, CounterStatus } from '../../../../contracts/queue.js';
import type { Messages } from '../../i18n/catalogue-vi.js';

/** What one counter's card shows: its state in words, and elapsed time where it means something. */
export interface CounterCard {
  counter: string;
  name: string;
  state: CounterState;
  /** Message key of the state in words. */
  stateLabel: keyof Messages;
  /** Ticket being served, or null. */
  ticket: string | null;
  /** Time in the current state (ms), or null for a closed counter (nobody waits on it). */
  elapsedMs: number | null;
  servedToday: number;
}

const STATE_LABELS: Record<CounterState, keyof Messages> = {
  serving: 'counterServing',
  idle: 'counterIdle',
  paused: 'counterPaused',
  closed: 'counterClosed',
};

/** The cards of the counter board, in the configured order, timed to `nowMs`. */
export function counterCardsOf(counters: readonly CounterStatus[], nowMs: number): CounterCard[] {
  return counters.map((counter) => ({
    counter: counter.counter,
    name: counter.name,
    state: counter.state,
    stateLabel: STATE_LABELS[counter.state] ?? 'counterIdle',
    ticket: counter.state === 'serving' ? counter.ticket : null,
    elapsedMs:
      counter.state === 'closed' || counter.sinceMs <= 0
        ? null
        : Math.max(0, nowMs - counter.sinceMs),
    servedToday: counter.servedToday,
  }));
}
