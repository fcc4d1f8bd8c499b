import type { Messages } from './catalogue-vi.js';

/**
 * Time elapsed as a ticking clock, for the counter board: `04:05` under an hour, `1:04:05` from
 * an hour on. A negative span (the browser's clock a little behind the collector's) reads `00:00`.
 */
export function formatElapsedClock(elapsedMs: number): string {
  const totalS = Math.max(0, Math.floor(elapsedMs / 1000));
  const hours = Math.floor(totalS / 3_600);
  const minutes = Math.floor((totalS % 3_600) / 60);
  const seconds = totalS % 60;
  const mmss = `${pad(minutes)}:${pad(seconds)}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/**
 * A wait in whole minutes, as a citizen would say it: `12 phút`, `1 giờ 5 phút`, `2 giờ`, and
 * `dưới 1 phút` under a minute (`12 min`, `1 h 5 min`, `under 1 min` in English). Rounded down:
 * a wait shown never exceeds the real one by the rounding.
 */
export function formatWaitMinutes(waitSeconds: number, messages: Messages): string {
  const totalMinutes = Math.floor(Math.max(0, waitSeconds) / 60);
  if (totalMinutes === 0) return messages.lessThanAMinute;
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} ${messages.durationMinutes}`;
  const hoursText = `${hours} ${messages.durationHours}`;
  return minutes === 0 ? hoursText : `${hoursText} ${minutes} ${messages.durationMinutes}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
