import type { Language } from '../i18n/language.js';

/** Fired by `pulse-language-switch` when the user picks another language. */
export type PulseLanguageChangeEvent = CustomEvent<{ language: Language }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pulse-language-change': PulseLanguageChangeEvent;
  }
}
