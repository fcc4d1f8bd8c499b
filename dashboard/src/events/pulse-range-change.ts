import type { TimeRange } from '../connectivity/time-range.js';

/** Fired by `pulse-range-picker` when the user picks another time range. The container loads it. */
export type PulseRangeChangeEvent = CustomEvent<{ range: TimeRange }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-range-change': PulseRangeChangeEvent;
  }
}
