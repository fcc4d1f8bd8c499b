/** An ISO 8601 week as the address and the API write it: `2026-W48`. */
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;
/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving). */
const CENTRE_OFFSET_MS = 7 * 3_600_000;

/** True for `YYYY-Www` with a week number from 01 to 53 (the collector checks the year's last week). */
export function isIsoWeekText(text: string): boolean {
  const match = ISO_WEEK.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 53;
}

/** The year and week number of `YYYY-Www`, as the title shows them (`48/2026`). */
export function isoWeekParts(text: string): { year: number; week: number } | null {
  const match = ISO_WEEK.exec(text);
  return match ? { year: Number(match[1]), week: Number(match[2]) } : null;
}

/**
 * The ISO week (`YYYY-Www`) that holds an instant, read on the centre's calendar. The Thursday of
 * the same week decides the year (ISO 8601), so 29/12/2025 is in `2026-W01`.
 */
export function isoWeekOfInstant(epochMs: number): string {
  const local = new Date(epochMs + CENTRE_OFFSET_MS);
  const day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const weekday = new Date(day).getUTCDay() || 7;
  const thursday = day + (4 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The week `weeks` away from the week starting at `mondayMs` (epoch ms): -1 is the week before. */
export function shiftIsoWeek(mondayMs: number, weeks: number): string {
  // Noon on Monday: a whole number of weeks away is still a Monday whatever the rounding.
  return isoWeekOfInstant(mondayMs + 12 * 3_600_000 + weeks * 7 * DAY_MS);
}

/**
 * The days a week spans, as the title writes them: `23/11 – 29/11/2026`, with the year on both
 * ends when the week straddles two (`29/12/2025 – 04/01/2026`). Days are `YYYY-MM-DD`.
 */
export function weekRangeText(firstDay: string, lastDay: string): string {
  const [y1, m1, d1] = firstDay.split('-');
  const [y2, m2, d2] = lastDay.split('-');
  const first = y1 === y2 ? `${d1}/${m1}` : `${d1}/${m1}/${y1}`;
  return `${first} – ${d2}/${m2}/${y2}`;
}

/** `dd/mm` of a `YYYY-MM-DD` day, for the charts' day labels. */
export function dayMonthText(day: string): string {
  const [, month, date] = day.split('-');
  return `${date}/${month}`;
}
