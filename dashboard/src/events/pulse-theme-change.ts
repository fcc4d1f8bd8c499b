import type { Theme } from '../theme/theme.js';

/** Fired by `pulse-theme-switch` when the user switches between the light and the dark theme. */
export type PulseThemeChangeEvent = CustomEvent<{ theme: Theme }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-theme-change': PulseThemeChangeEvent;
  }
}
