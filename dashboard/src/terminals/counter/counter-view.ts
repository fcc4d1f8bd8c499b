import type { CounterEvent } from '../../../../contracts/event.js';
import type { CounterState } from '../../../../contracts/queue.js';
import type { TerminalState, VisitPhase } from '../../../../contracts/terminal.js';

/** What the counter page shows: the counter's state and its current ticket. */
export interface CounterView {
  counterState: CounterState;
  current: { ticket: string; phase: VisitPhase } | null;
}

/**
 * The counter as the official last left it: the collector's view, with the device's own presses
 * that the collector has not seen yet laid over it in time order (`overlay`: presses still in the
 * outbox, and recent ones newer than the view). Applying a press the view already holds changes
 * nothing, so a press acknowledged between two reads is never counted twice.
 */
export function counterViewOf(
  state: TerminalState | null,
  overlay: readonly CounterEvent[],
): CounterView {
  let view: CounterView = {
    counterState: state?.counterState ?? 'closed',
    current: state?.current ? { ticket: state.current.ticket, phase: state.current.phase } : null,
  };
  for (const event of [...overlay].sort((a, b) => a.ts - b.ts)) view = applyPress(view, event);
  return view;
}

/** One press of this counter applied to the view (the same steps as the collector's queue fold). */
export function applyPress(view: CounterView, event: CounterEvent): CounterView {
  switch (event.type) {
    case 'counter.opened':
      return { ...view, counterState: view.current ? 'serving' : 'idle' };
    case 'counter.paused':
      return { counterState: 'paused', current: null };
    case 'counter.closed':
      return { counterState: 'closed', current: null };
    case 'ticket.called':
      return {
        counterState: 'serving',
        current:
          view.current?.ticket === event.ticket
            ? view.current
            : { ticket: event.ticket!, phase: 'called' },
      };
    case 'service.started':
      return { counterState: 'serving', current: { ticket: event.ticket!, phase: 'serving' } };
    case 'service.completed':
    case 'ticket.no_show':
      // A late end of an earlier ticket does not free the counter from the one it serves now.
      if (view.current !== null && view.current.ticket !== event.ticket) return view;
      return { counterState: 'idle', current: null };
    default:
      return view;
  }
}
