/** The ranges IT support picks from: the live quarter hour, the last hour, day and week, or two dates. */
export type TimeRange =
  { kind: 'live' | '1h' | '24h' | '7d' } | { kind: 'custom'; fromMs: number; toMs: number };

/** Kind of a range, as the picker names it. */
export type RangeKind = TimeRange['kind'];

/** Every kind, in the picker's order. */
export const RANGE_KINDS: readonly RangeKind[] = ['live', '1h', '24h', '7d', 'custom'];

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Span of each rolling range (ms). */
export const RANGE_SPANS_MS = {
  live: 15 * MINUTE_MS,
  '1h': HOUR_MS,
  '24h': DAY_MS,
  '7d': 7 * DAY_MS,
} as const;

/** The time window a range shows at `nowMs`. */
export interface RangeWindow {
  /** Start (epoch ms). */
  fromMs: number;
  /** End (epoch ms): now for a rolling range, the chosen end for a custom one. */
  toMs: number;
  /** Whether the window ends at now and slides: only then do live readings extend it. */
  following: boolean;
}

/**
 * The window of a range at `nowMs`. Rolling ranges end at now; a custom range is fixed, and one
 * that ends in the future is cut at now (nothing is measured there yet) but still follows.
 */
export function rangeWindow(range: TimeRange, nowMs: number): RangeWindow {
  if (range.kind !== 'custom') {
    return { fromMs: nowMs - RANGE_SPANS_MS[range.kind], toMs: nowMs, following: true };
  }
  const following = range.toMs >= nowMs;
  return { fromMs: range.fromMs, toMs: following ? nowMs : range.toMs, following };
}

/**
 * The time the charts' window ends at, chosen on a clock tick at `nowMs` and kept until the next:
 * past the next tick (so a reading that arrives before it is inside the window as it comes), on
 * a whole number of ticks no longer than a pixel's worth of time (a day's chart at 1,770 px moves
 * every 48 s, not every second, and is not redrawn in between).
 */
export function windowEndMs(
  nowMs: number,
  { spanMs, plotWidthPx, tickMs }: { spanMs: number; plotWidthPx: number; tickMs: number },
): number {
  const quantumMs = tickMs * Math.max(1, Math.floor(spanMs / Math.max(1, plotWidthPx) / tickMs));
  return Math.ceil((nowMs + tickMs) / quantumMs) * quantumMs;
}

/** Whether a live reading at `tsMs` belongs on a chart of this window: never past its end. */
export function acceptsLiveReading(window: RangeWindow, tsMs: number): boolean {
  return window.following || tsMs <= window.toMs;
}

/** Bucket widths the query API is asked for (ms), all dividing a day so buckets align. */
export const HISTORY_STEPS_MS = [
  5_000,
  10_000,
  15_000,
  30_000,
  MINUTE_MS,
  2 * MINUTE_MS,
  5 * MINUTE_MS,
  10 * MINUTE_MS,
  15 * MINUTE_MS,
  30 * MINUTE_MS,
  HOUR_MS,
  2 * HOUR_MS,
  3 * HOUR_MS,
  6 * HOUR_MS,
  12 * HOUR_MS,
  DAY_MS,
] as const;

/**
 * The step to ask the query API for: about one point per `pxPerPoint` px of plot, on a round
 * width; 0 (raw readings) for spans up to `rawSpanMs`, where every round counts (the live view).
 */
export function chooseStepMs(
  spanMs: number,
  plotWidthPx: number,
  {
    pxPerPoint = 2,
    rawSpanMs = RANGE_SPANS_MS.live,
  }: { pxPerPoint?: number; rawSpanMs?: number } = {},
): number {
  if (spanMs <= rawSpanMs) return 0;
  const points = Math.max(1, Math.floor(plotWidthPx / pxPerPoint));
  const wanted = spanMs / points;
  return HISTORY_STEPS_MS.find((step) => step >= wanted) ?? DAY_MS;
}

/** The API's `step` parameter for a width in ms: `30s`, `5m`, `1h`, `1d`. */
export function stepParam(stepMs: number): string {
  if (stepMs % DAY_MS === 0) return `${stepMs / DAY_MS}d`;
  if (stepMs % HOUR_MS === 0) return `${stepMs / HOUR_MS}h`;
  if (stepMs % MINUTE_MS === 0) return `${stepMs / MINUTE_MS}m`;
  return `${Math.max(1, Math.round(stepMs / 1000))}s`;
}

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving). */
const CENTRE_OFFSET_MS = 7 * HOUR_MS;

/**
 * Epoch ms of a `datetime-local` value (`2026-11-27T14:05`) read on the centre's wall clock,
 * whatever the browser's zone; null for anything else.
 */
export function parseCentreDateTime(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute) - CENTRE_OFFSET_MS;
  return Number.isFinite(ms) ? ms : null;
}

/** The `datetime-local` value of an instant on the centre's wall clock: `2026-11-27T14:05`. */
export function centreDateTimeInput(epochMs: number): string {
  return new Date(epochMs + CENTRE_OFFSET_MS).toISOString().slice(0, 16);
}
