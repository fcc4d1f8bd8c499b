/** Fired by `pulse-week-picker`: show another week (`YYYY-Www`), or null for the current one. */
export type PulseWeekChangeEvent = CustomEvent<{ week: string | null }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-week-change': PulseWeekChangeEvent;
  }
}
