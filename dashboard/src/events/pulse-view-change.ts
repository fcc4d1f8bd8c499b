import type { View } from '../navigation/route.js';

/** Fired by `pulse-view-tabs` when the user picks another view. The container shows it. */
export type PulseViewChangeEvent = CustomEvent<{ view: View }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-view-change': PulseViewChangeEvent;
  }
}
