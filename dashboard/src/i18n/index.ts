// Messages and formatting of the dashboard, in Vietnamese by default with an English switch.
export { catalogueVi, type Messages } from './catalogue-vi.js';
export { catalogueEn } from './catalogue-en.js';
export {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  isLanguage,
  messagesFor,
  otherLanguage,
  roleLabel,
  type Language,
} from './language.js';
export { CENTRE_TIME_ZONE, createFormatters, formattersFor, type Formatters } from './format.js';
export { formatDurationS } from './duration.js';
export { formatElapsedClock, formatWaitMinutes } from './elapsed.js';
export {
  LANGUAGE_STORAGE_KEY,
  LanguageController,
  type LanguageControllerOptions,
  type LanguageStore,
} from './language-controller.js';
export { weekdayLabel } from './weekday.js';
