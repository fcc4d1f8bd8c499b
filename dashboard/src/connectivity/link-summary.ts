import { numbersOf, quantileInPlace } from '../charts/quantile.js';
import type { LinkPoint } from '../charts/spread-geometry.js';

/** A target's range in three figures, for the words above its chart and for screen readers. */
export interface LinkSummary {
  /** Median of the readings' medians (ms), or null when none answered. */
  medianMs: number | null;
  /** Worst loss of a reading (%), counting a down reading as 100; null with no reading. */
  worstLossPct: number | null;
  /** Whether some reading was wholly down. */
  wentDown: boolean;
}

/** A reading's loss (%), a down share counted as lost. */
const lossOf = (p: LinkPoint) =>
  Math.max(p.lossPct ?? 0, p.upShare === null ? 0 : (1 - p.upShare) * 100);

const medianOf = (points: readonly LinkPoint[]) =>
  quantileInPlace(
    numbersOf(points, (p) => p.rttMs),
    0.5,
  ) ?? null;

/** Summarises the readings inside `[fromMs, toMs]`. */
export function summarizeLink(
  points: readonly LinkPoint[],
  fromMs: number,
  toMs: number,
): LinkSummary {
  const inside = points.filter((p) => p.tsMs >= fromMs && p.tsMs <= toMs);
  if (inside.length === 0) return { medianMs: null, worstLossPct: null, wentDown: false };
  const losses = inside.map(lossOf);
  return {
    medianMs: medianOf(inside),
    worstLossPct: Math.max(...losses),
    wentDown: inside.some((p) => p.upShare === 0),
  };
}

/**
 * A summary with readings added to its window: the worst loss and whether the target went down
 * follow at once; the median (a sort of the whole window) waits for the next
 * {@link summarizeLink}, when the window moves. A live reading thus costs its own figures, not
 * the window's: the words of 20 charts follow every round within the frame's budget.
 */
export function withReadings(summary: LinkSummary, added: readonly LinkPoint[]): LinkSummary {
  if (added.length === 0) return summary;
  let worstLossPct = summary.worstLossPct ?? 0;
  for (const p of added) worstLossPct = Math.max(worstLossPct, lossOf(p));
  return {
    medianMs: summary.medianMs ?? medianOf(added),
    worstLossPct,
    wentDown: summary.wentDown || added.some((p) => p.upShare === 0),
  };
}
