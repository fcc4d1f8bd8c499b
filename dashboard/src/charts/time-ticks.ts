const HOUR_MS = 3_600_000;
/** Tick steps a reader can count in, from ten seconds to a day (ms). */
const TIME_STEPS_MS = [
  10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400,
].map((s) => s * 1000);
/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving). */
const CENTRE_OFFSET_MS = 7 * HOUR_MS;

/**
 * Times for x-axis ticks between `fromMs` and `toMs`, at most about `maxCount`, on round steps of
 * the centre's wall clock (Asia/Ho_Chi_Minh): minutes for short spans, hours (00, 03, 06 …) for a
 * day, midnights for a week. d3's time scale would align them to the browser's zone instead.
 */
export function computeTimeTicks(fromMs: number, toMs: number, maxCount: number): number[] {
  const spanMs = toMs - fromMs;
  if (!(spanMs > 0) || maxCount < 1) return [];
  const stepMs =
    TIME_STEPS_MS.find((step) => spanMs / step <= maxCount) ??
    Math.ceil(spanMs / maxCount / 86_400_000) * 86_400_000;
  const ticks: number[] = [];
  const first = Math.ceil((fromMs + CENTRE_OFFSET_MS) / stepMs) * stepMs - CENTRE_OFFSET_MS;
  for (let t = first; t <= toMs; t += stepMs) ticks.push(t);
  return ticks;
}
