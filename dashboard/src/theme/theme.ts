/** The page's colour themes. */
export type Theme = 'light' | 'dark';

/** localStorage key of a theme chosen with the toggle. */
export const THEME_STORAGE_KEY = 'onestop-pulse.theme';

/** Whether a stored value names a theme. */
export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

/**
 * The theme to show: the one chosen with the toggle when there is one, else the system's
 * (`prefers-color-scheme`), so a screen set to dark at night is dark here too.
 */
export function resolveTheme(saved: unknown, systemPrefersDark: boolean): Theme {
  if (isTheme(saved)) return saved;
  return systemPrefersDark ? 'dark' : 'light';
}
