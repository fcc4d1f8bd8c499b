/** Time zone of the centres this product serves (no daylight saving). */
export const CENTRE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: CENTRE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The centre's calendar day of an instant, as `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
export function localDayOf(ms: number): string {
  return dayFormat.format(ms);
}

/** Epoch ms of 00:00 in Asia/Ho_Chi_Minh on the day that holds `ms`. */
export function startOfLocalDayMs(ms: number): number {
  // Asia/Ho_Chi_Minh has been UTC+7 all year since 1975, so midnight is 17:00 UTC the day before.
  return Date.parse(`${localDayOf(ms)}T00:00:00+07:00`);
}

/** Local hour (0–23) in Asia/Ho_Chi_Minh of an instant. */
export function localHourOf(ms: number): number {
  // A fixed +7 h offset (see above) avoids an Intl call per visit when a snapshot counts by hour.
  return Math.floor(((((ms + 7 * 3_600_000) % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000);
}
