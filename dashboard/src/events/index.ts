// Events the components emit, declared once so listeners are typed.
export type { PulseLanguageChangeEvent } from './pulse-language-change.js';
export type { PulseSignInEvent } from './pulse-sign-in.js';
export type { PulseViewChangeEvent } from './pulse-view-change.js';
export type { PulseWeekChangeEvent } from './pulse-week-change.js';
export type { PulseRangeChangeEvent } from './pulse-range-change.js';
export type { PulseThemeChangeEvent } from './pulse-theme-change.js';
