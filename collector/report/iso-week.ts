/** An ISO 8601 week such as `2026-W48`: its year and number. */
export interface IsoWeek {
  year: number;
  week: number;
}

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parses `YYYY-Www`; undefined when malformed or when the year has no such week. */
export function parseIsoWeek(text: string): IsoWeek | undefined {
  const match = ISO_WEEK.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > weeksInIsoYear(year)) return undefined;
  return { year, week };
}

/** `YYYY-Www` of a week. */
export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The seven calendar days (`YYYY-MM-DD`, Monday first) of an ISO week. Week 1 is the week that
 * holds 4 January (ISO 8601), so its Monday is 4 January minus its weekday less one.
 */
export function daysOfIsoWeek({ year, week }: IsoWeek): string[] {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = new Date(jan4).getUTCDay() || 7;
  const monday = jan4 - (jan4Weekday - 1) * DAY_MS + (week - 1) * 7 * DAY_MS;
  return Array.from({ length: 7 }, (_, i) =>
    new Date(monday + i * DAY_MS).toISOString().slice(0, 10),
  );
}

/** The ISO week that holds a calendar day (`YYYY-MM-DD`). */
export function isoWeekOf(day: string): IsoWeek {
  const date = Date.parse(`${day}T00:00:00Z`);
  const weekday = new Date(date).getUTCDay() || 7;
  // The Thursday of the same week decides the year (ISO 8601).
  const thursday = date + (4 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { year, week };
}

/** The week before. */
export function previousIsoWeek(week: IsoWeek): IsoWeek {
  const monday = daysOfIsoWeek(week)[0]!;
  const before = new Date(Date.parse(`${monday}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
  return isoWeekOf(before);
}

function weeksInIsoYear(year: number): number {
  return isoWeekOf(`${year}-12-28`).week; // 28 December is always in the last week of its year
}
