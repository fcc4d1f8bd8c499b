import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANGUAGE, isLanguage, messagesFor, type Language } from './language.js';
import { formattersFor, type Formatters } from './format.js';
import type { Messages } from './catalogue-vi.js';

/** localStorage key of the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'onestop-pulse.language';

/** Where the choice is kept: `localStorage` in the page, a plain object in tests. */
export type LanguageStore = Pick<Storage, 'getItem' | 'setItem'>;

/** Options of {@link LanguageController}. */
export interface LanguageControllerOptions {
  /** Where the choice persists; default `localStorage`, or nothing when storage is blocked. */
  store?: LanguageStore | null;
  /** Document whose `lang` and title follow the language; default the page's `document`. */
  document?: Document | null;
}

/**
 * Owns the dashboard language for a container element: reads the saved choice, persists a new
 * one, and keeps `<html lang>` and the page title in step so screen readers and tabs agree.
 */
export class LanguageController implements ReactiveController {
  /** The current language. */
  language: Language;
  /** Messages of the current language. */
  messages: Messages;
  /** Formatters of the current language. */
  formatters: Formatters;

  private readonly store: LanguageStore | null;
  private readonly document: Document | null;

  constructor(
    private readonly host: ReactiveControllerHost,
    {
      store = defaultStore(),
      document = globalThis.document ?? null,
    }: LanguageControllerOptions = {},
  ) {
    this.store = store;
    this.document = document;
    const saved = readSaved(store);
    this.language = saved;
    this.messages = messagesFor(saved);
    this.formatters = formattersFor(saved);
    host.addController(this);
  }

  hostConnected(): void {
    this.applyToDocument();
  }

  /** Switches language, persists the choice and re-renders the host. */
  setLanguage(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    this.messages = messagesFor(language);
    this.formatters = formattersFor(language);
    try {
      this.store?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch (error) {
      // Private browsing or a full quota: the switch still works for this visit.
      console.warn('OneStop Pulse: could not save the language choice', error);
    }
    this.applyToDocument();
    this.host.requestUpdate();
  }

  private applyToDocument(): void {
    if (!this.document) return;
    this.document.documentElement.lang = this.language;
    this.document.title = this.messages.pageTitle;
  }
}

function defaultStore(): LanguageStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading `localStorage` throws when the browser blocks storage for the page.
    return null;
  }
}

function readSaved(store: LanguageStore | null): Language {
  try {
    const saved = store?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
  } catch {
    // Blocked storage: fall back to the default rather than fail the whole page.
    return DEFAULT_LANGUAGE;
  }
}
