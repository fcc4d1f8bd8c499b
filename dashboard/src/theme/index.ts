// Light and dark themes: the choice, the system preference, and `<html data-theme>`.
export { THEME_STORAGE_KEY, isTheme, resolveTheme, type Theme } from './theme.js';
export {
  ThemeController,
  type ThemeControllerOptions,
  type ThemeStore,
} from './theme-controller.js';
