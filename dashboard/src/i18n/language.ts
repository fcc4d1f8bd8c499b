import type { TargetRole } from '../../../contracts/live.js';
import { catalogueEn } from './catalogue-en.js';
import { catalogueVi, type Messages } from './catalogue-vi.js';

/** Languages of the dashboard; Vietnamese is the default (see DOMAIN.md). */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language used when nothing valid was chosen before. */
export const DEFAULT_LANGUAGE: Language = 'vi';

/** True when `value` names a language the dashboard has a catalogue for. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The message catalogue of a language. */
export function messagesFor(language: Language): Messages {
  return language === 'en' ? catalogueEn : catalogueVi;
}

/** The other language, for a two-way switch. */
export function otherLanguage(language: Language): Language {
  return language === 'vi' ? 'en' : 'vi';
}

/** Message keys of the places a target can hold along the path LAN → gateway → ISP → DNS → portals. */
const ROLE_KEYS: Record<TargetRole, keyof Messages> = {
  local: 'roleLocal',
  lan: 'roleLan',
  gateway: 'roleGateway',
  isp: 'roleIsp',
  dns: 'roleDns',
  portal: 'rolePortal',
  internet: 'roleInternet',
};

/** Plain words for a target's role. */
export function roleLabel(messages: Messages, role: TargetRole): string {
  return messages[ROLE_KEYS[role]];
}
