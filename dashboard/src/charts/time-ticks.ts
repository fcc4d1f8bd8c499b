/** Tick steps a reader can count in, from ten seconds to an hour (ms). */
const TIME_STEPS_MS = [10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600].map((s) => s * 1000);

/**
 * Times for x-axis ticks between `fromMs` and `toMs`, at most about `maxCount`, on round steps.
 * Steps are aligned to epoch multiples, which are round minutes in Asia/Ho_Chi_Minh too (UTC+7 is
 * a whole-hour offset); d3's time scale would align them to the browser's zone instead.
 */
export function computeTimeTicks(fromMs: number, toMs: number, maxCount: number): number[] {
  const spanMs = toMs - fromMs;
  if (!(spanMs > 0) || maxCount < 1) return [];
  const stepMs =
    TIME_STEPS_MS.find((step) => spanMs / step <= maxCount) ?? TIME_STEPS_MS.at(-1) ?? 3_600_000;
  const ticks: number[] = [];
  for (let t = Math.ceil(fromMs / stepMs) * stepMs; t <= toMs; t += stepMs) ticks.push(t);
  return ticks;
}
