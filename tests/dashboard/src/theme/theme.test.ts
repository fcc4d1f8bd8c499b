import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../../../dashboard/src/theme/theme.js';
import { THEME_STORAGE_KEY, ThemeController } from '../../../../dashboard/src/theme/index.js';

describe('resolveTheme', () => {
  it.each([
    { saved: null, dark: false, theme: 'light' },
    { saved: null, dark: true, theme: 'dark' },
    { saved: 'light', dark: true, theme: 'light' },
    { saved: 'dark', dark: false, theme: 'dark' },
    { saved: 'sepia', dark: true, theme: 'dark' },
  ])(
    'shows $theme for a saved $saved and a system that prefers dark: $dark',
    ({ saved, dark, theme }) => {
      expect(resolveTheme(saved, dark)).toBe(theme);
    },
  );
});

describe('ThemeController', () => {
  const host = () => {
    let updates = 0;
    return {
      addController: () => {},
      removeController: () => {},
      requestUpdate: () => void (updates += 1),
      updateComplete: Promise.resolve(true),
      get updates() {
        return updates;
      },
    };
  };
  const media = (matches: boolean) => {
    let listener: (() => void) | null = null;
    return {
      matches,
      addEventListener: (_: string, l: () => void) => void (listener = l),
      removeEventListener: () => void (listener = null),
      change(next: boolean) {
        this.matches = next;
        listener?.();
      },
    };
  };

  it('follows the system until a theme is chosen, then keeps the choice', () => {
    const saved = new Map<string, string>();
    const store = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    };
    const system = media(false);
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    const controller = new ThemeController(host(), { store, media: system as never, root });
    controller.hostConnected();
    expect(root.dataset.theme).toBe('light');
    system.change(true);
    expect(controller.theme).toBe('dark');

    controller.setTheme('light');
    expect(saved.get(THEME_STORAGE_KEY)).toBe('light');
    system.change(true);
    expect(controller.theme).toBe('light');
    expect(root.dataset.theme).toBe('light');
  });
});
