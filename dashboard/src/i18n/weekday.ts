import type { Messages } from './catalogue-vi.js';

const WEEKDAY_KEYS = [
  'weekday1',
  'weekday2',
  'weekday3',
  'weekday4',
  'weekday5',
  'weekday6',
  'weekday7',
] as const;

/** Short name of an ISO weekday (1 = Monday … 7 = Sunday): `T2` … `CN`, `Mon` … `Sun`. */
export function weekdayLabel(messages: Messages, weekday: number): string {
  return messages[WEEKDAY_KEYS[(((weekday - 1) % 7) + 7) % 7]!];
}
