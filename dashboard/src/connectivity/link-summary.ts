import { median } from 'd3-array';
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

/** Summarises the readings inside `[fromMs, toMs]`. */
export function summarizeLink(
  points: readonly LinkPoint[],
  fromMs: number,
  toMs: number,
): LinkSummary {
  const inside = points.filter((p) => p.tsMs >= fromMs && p.tsMs <= toMs);
  if (inside.length === 0) return { medianMs: null, worstLossPct: null, wentDown: false };
  const losses = inside.map((p) =>
    Math.max(p.lossPct ?? 0, p.upShare === null ? 0 : (1 - p.upShare) * 100),
  );
  return {
    medianMs: median(inside.map((p) => p.rttMs).filter((v): v is number => v !== null)) ?? null,
    worstLossPct: Math.max(...losses),
    wentDown: inside.some((p) => p.upShare === 0),
  };
}
