import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { THEME_STORAGE_KEY, isTheme, resolveTheme, type Theme } from './theme.js';

/** Where the choice is kept: `localStorage` in the page, a plain object in tests. */
export type ThemeStore = Pick<Storage, 'getItem' | 'setItem'>;

/** Options of {@link ThemeController}; the defaults are the page's. */
export interface ThemeControllerOptions {
  /** Where a chosen theme persists; default `localStorage`, or nothing when storage is blocked. */
  store?: ThemeStore | null;
  /** The system preference; default `matchMedia('(prefers-color-scheme: dark)')`. */
  media?: Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'> | null;
  /** Element whose `data-theme` the page CSS reads; default `<html>`. */
  root?: HTMLElement | null;
}

/**
 * Owns the colour theme: the saved choice, else the system's preference (followed live while
 * nothing is chosen), written to `<html data-theme>` where the page's CSS custom properties
 * switch, and re-renders the host so canvas charts redraw in the new colours.
 */
export class ThemeController implements ReactiveController {
  /** The theme shown. */
  theme: Theme;

  private readonly store: ThemeStore | null;
  private readonly media: ThemeControllerOptions['media'];
  private readonly root: HTMLElement | null;
  private readonly onSystemChange = () => {
    if (isTheme(this.readSaved())) return;
    this.apply(resolveTheme(null, this.media?.matches ?? false));
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    {
      store = defaultStore(),
      media = globalThis.matchMedia?.('(prefers-color-scheme: dark)') ?? null,
      root = globalThis.document?.documentElement ?? null,
    }: ThemeControllerOptions = {},
  ) {
    this.store = store;
    this.media = media;
    this.root = root;
    this.theme = resolveTheme(this.readSaved(), media?.matches ?? false);
    host.addController(this);
  }

  hostConnected(): void {
    this.media?.addEventListener('change', this.onSystemChange);
    this.apply(this.theme);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onSystemChange);
  }

  /** Shows a theme and keeps it as the choice, over the system's preference. */
  setTheme(theme: Theme): void {
    try {
      this.store?.setItem(THEME_STORAGE_KEY, theme);
    } catch (error) {
      // Private browsing or a full quota: the toggle still works for this visit.
      console.warn('OneStop Pulse: could not save the theme choice', error);
    }
    this.apply(theme);
  }

  private apply(theme: Theme): void {
    this.theme = theme;
    if (this.root) this.root.dataset.theme = theme;
    this.host.requestUpdate();
  }

  private readSaved(): string | null {
    try {
      return this.store?.getItem(THEME_STORAGE_KEY) ?? null;
    } catch {
      // Blocked storage: follow the system.
      return null;
    }
  }
}

function defaultStore(): ThemeStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading `localStorage` throws when the browser blocks storage for the page.
    return null;
  }
}
