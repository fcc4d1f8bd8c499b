import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Outage } from '../../../contracts/link-health.js';
import type { Sample } from '../../../contracts/sample.js';
import type { LinkPoint } from '../charts/spread-geometry.js';
import type { ThroughputPoint } from '../charts/throughput-geometry.js';
import type { Endpoints } from '../live/endpoints.js';
import type { LiveListener } from '../live/live-controller.js';
import { OUTAGE_WINDOW_MS, mergeOutages } from '../live/outage-log.js';
import { fetchOutages } from '../live/outages-client.js';
import { bucketLinkPoints, linkPointFromSample } from './link-readings.js';
import { fetchRangeHistory } from './range-history-client.js';
import { appendReading, dropBefore, joinAtSeam } from './seam.js';
import { bucketThroughputPoints, throughputPointFromSample } from './throughput-readings.js';
import {
  RANGE_SPANS_MS,
  chooseStepMs,
  rangeWindow,
  windowEndMs,
  type RangeWindow,
  type TimeRange,
} from './time-range.js';

/** What the controller needs of the live feed (a `LiveController`). */
export interface LiveFeed {
  readonly site: string | null;
  /** Outages of the last 24 hours, kept up to date by the feed. */
  readonly outages: readonly Outage[];
  readonly apiEndpoints: Endpoints;
  nowMs(): number;
  listen(listener: LiveListener): () => void;
}

/** Options of {@link ConnectivityController}; tests pass their own. */
export interface ConnectivityControllerOptions {
  /** Whether the view is shown: nothing is fetched while it is not. */
  enabled: () => boolean;
  /** Width of the charts' plot (px), to fit the step; default the window's width less 180 px. */
  plotWidthPx?: () => number;
  fetch?: typeof globalThis.fetch;
  /** Live readings kept per target to join to a history (default 7 200: 2 h at one a second). */
  liveCapacity?: number;
  /** How often a rolling range other than live refetches its history (ms), default 10 minutes. */
  refreshMs?: number;
  /** Period of the clock that calls {@link ConnectivityController.slide} (ms), default 1 000. */
  tickMs?: number;
  /** Where problems are reported; default `console.warn`. */
  onProblem?: (problem: string) => void;
}

/** State of the history of the chosen range. */
export type RangeStatus = 'loading' | 'ready' | 'failed' | 'unauthorized';

/**
 * Owns the Connectivity view's time range and its data: the history of the range from the query
 * API, at a step that fits the charts' width, joined to live readings with no gap and no duplicate
 * at the seam (`seam.ts`); the interface rates; and the outages of the timeline (the range itself
 * for 24 h, 7 d and custom, else the last 24 hours). A fixed custom range takes no live reading
 * past its end.
 */
export class ConnectivityController implements ReactiveController {
  /** The chosen range. */
  range: TimeRange = { kind: 'live' };
  /** State of the range's history. */
  status: RangeStatus = 'loading';
  /** Bucket width of the shown readings (ms), 0 for raw rounds. */
  stepMs = 0;

  private history = new Map<string, readonly LinkPoint[]>();
  private throughputHistory = new Map<string, readonly ThroughputPoint[]>();
  private liveLinks = new Map<string, readonly LinkPoint[]>();
  private liveThroughput = new Map<string, readonly ThroughputPoint[]>();
  private joinedLinks = new Map<string, LinkPoint[]>();
  private joinedThroughput = new Map<string, ThroughputPoint[]>();
  /** Outages fetched for a timeline longer than the feed's 24 hours. */
  private rangeOutages: Outage[] = [];
  /** Window of the last history request; null before one. */
  private fetchedWindow: RangeWindow | null = null;
  private fetchedAtMs = -Infinity;
  /** End of the charts' window, moved by `slide`; null until first asked for. */
  private endMs: number | null = null;
  private abort: AbortController | null = null;
  private unlisten: (() => void) | null = null;
  private readonly options: Required<Omit<ConnectivityControllerOptions, 'plotWidthPx'>> & {
    plotWidthPx: () => number;
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly live: LiveFeed,
    {
      enabled,
      plotWidthPx = () => Math.max(200, (globalThis.innerWidth ?? 1280) - 180),
      fetch = globalThis.fetch?.bind(globalThis),
      liveCapacity = 7_200,
      refreshMs = 10 * 60_000,
      tickMs = 1_000,
      onProblem = (problem) => console.warn(`OneStop Pulse: ${problem}`),
    }: ConnectivityControllerOptions,
  ) {
    this.options = { enabled, plotWidthPx, fetch, liveCapacity, refreshMs, tickMs, onProblem };
    host.addController(this);
  }

  hostConnected(): void {
    this.unlisten = this.live.listen({
      sample: (sample) => this.receive(sample),
      // A reconnect: the server has the readings missed while the socket was down.
      snapshot: () => this.invalidate(),
    });
  }

  hostDisconnected(): void {
    this.unlisten?.();
    this.unlisten = null;
    this.abort?.abort();
    this.abort = null;
  }

  hostUpdate(): void {
    if (!this.options.enabled()) return;
    const nowMs = this.live.nowMs();
    const stale =
      this.fetchedWindow === null ||
      (this.range.kind !== 'live' &&
        this.fetchedWindow.following &&
        nowMs - this.fetchedAtMs > this.options.refreshMs);
    if (stale && this.abort === null && this.live.site !== null) void this.load(nowMs);
  }

  /** Shows another range: its history is fetched, the live readings joined to it. */
  setRange(range: TimeRange): void {
    this.range = range;
    this.endMs = null;
    this.invalidate();
  }

  /**
   * Moves the charts' window with the clock (call on each tick). Between ticks the window stays
   * put, so a live reading redraws only what it changes, not every chart's axes.
   */
  slide(): void {
    const { range } = this;
    const spanMs = range.kind === 'custom' ? range.toMs - range.fromMs : RANGE_SPANS_MS[range.kind];
    this.endMs = windowEndMs(this.live.nowMs(), {
      spanMs,
      plotWidthPx: this.options.plotWidthPx(),
      tickMs: this.options.tickMs,
    });
  }

  /** The window shown now: up to the next tick, moved by {@link ConnectivityController.slide}. */
  window(): RangeWindow {
    if (this.endMs === null) this.slide();
    return rangeWindow(this.range, this.endMs!);
  }

  /** Readings of each target over the range, history then live, in time order. */
  get links(): ReadonlyMap<string, readonly LinkPoint[]> {
    return this.joinedLinks;
  }

  /** Rates of each interface over the range; empty when the site measures none. */
  get throughput(): ReadonlyMap<string, readonly ThroughputPoint[]> {
    return this.joinedThroughput;
  }

  /** Window of the outage timeline: the range for 24 h, 7 d and custom, else the last 24 hours. */
  timelineWindow(): { fromMs: number; toMs: number } {
    const window = this.window();
    if (this.range.kind === 'live' || this.range.kind === '1h') {
      return { fromMs: window.toMs - OUTAGE_WINDOW_MS, toMs: window.toMs };
    }
    return window;
  }

  /** Outages that overlap the timeline's window, the feed's newer versions first. */
  timelineOutages(): Outage[] {
    const { fromMs, toMs } = this.timelineWindow();
    return mergeOutages(this.rangeOutages, this.live.outages).filter(
      (o) => o.startedMs <= toMs && (o.endedMs === null || o.endedMs >= fromMs),
    );
  }

  private invalidate(): void {
    this.abort?.abort();
    this.abort = null;
    this.fetchedWindow = null;
    this.status = 'loading';
    this.host.requestUpdate();
  }

  private receive(sample: Sample): void {
    // A reading past the window's end (the clock was held up): move the window rather than hide it.
    const shown = this.window();
    if (shown.following && sample.ts > shown.toMs) this.slide();
    const link = linkPointFromSample(sample);
    if (link) {
      const buffer = this.liveLinks.get(sample.target) ?? [];
      const next = appendReading(buffer, link, this.options.liveCapacity, this.window().fromMs);
      if (next === buffer) return;
      this.liveLinks.set(sample.target, next);
      this.joinTarget(sample.target);
      return;
    }
    const rate = throughputPointFromSample(sample);
    if (!rate) return;
    const buffer = this.liveThroughput.get(sample.target) ?? [];
    const next = appendReading(buffer, rate, this.options.liveCapacity, this.window().fromMs);
    if (next === buffer) return;
    this.liveThroughput.set(sample.target, next);
    this.joinInterface(sample.target);
  }

  private joinTarget(target: string): void {
    const untilMs = this.untilMs();
    const joined = joinAtSeam(
      this.shownHistory(this.history, target),
      this.liveLinks.get(target) ?? [],
      {
        stepMs: this.stepMs,
        untilMs,
        bucket: bucketLinkPoints,
      },
    );
    this.joinedLinks = new Map(this.joinedLinks).set(target, joined);
  }

  private joinInterface(target: string): void {
    const joined = joinAtSeam(
      this.shownHistory(this.throughputHistory, target),
      this.liveThroughput.get(target) ?? [],
      { stepMs: this.stepMs, untilMs: this.untilMs(), bucket: bucketThroughputPoints },
    );
    this.joinedThroughput = new Map(this.joinedThroughput).set(target, joined);
  }

  /**
   * A target's history from the start of the shown window on, the older readings dropped for
   * good: a rolling window only moves forward, and the live range never fetches again.
   */
  private shownHistory<T extends { tsMs: number }>(
    histories: Map<string, readonly T[]>,
    target: string,
  ): readonly T[] {
    const history = histories.get(target) ?? [];
    const shown = dropBefore(history, this.window().fromMs, this.stepMs);
    if (shown !== history) histories.set(target, shown);
    return shown;
  }

  /** The last time a live reading may have: the end of a fixed window, else none. */
  private untilMs(): number {
    const window = this.fetchedWindow ?? this.window();
    return window.following ? Infinity : window.toMs;
  }

  private async load(nowMs: number): Promise<void> {
    const window = rangeWindow(this.range, nowMs);
    const stepMs = chooseStepMs(window.toMs - window.fromMs, this.options.plotWidthPx());
    const abort = new AbortController();
    this.abort = abort;
    this.status = this.fetchedWindow === null ? 'loading' : this.status;
    const request = {
      endpoints: this.live.apiEndpoints,
      fromMs: window.fromMs,
      toMs: window.toMs,
      site: this.live.site,
      fetch: this.options.fetch,
      signal: abort.signal,
    };
    const timeline =
      this.range.kind === '7d' || this.range.kind === 'custom'
        ? fetchOutages({ ...request, fromMs: window.fromMs, toMs: window.toMs })
        : Promise.resolve(null);
    try {
      const [result, outages] = await Promise.all([
        fetchRangeHistory({ ...request, stepMs }),
        timeline,
      ]);
      if (abort.signal.aborted) return;
      if (!result.ok) {
        this.status = result.unauthorized ? 'unauthorized' : 'failed';
        if (!result.unauthorized)
          this.options.onProblem(`could not load the range: ${result.problem}`);
        this.fetchedWindow = window;
        this.fetchedAtMs = nowMs;
        return;
      }
      if (outages && !outages.ok)
        this.options.onProblem(`could not load outages: ${outages.problem}`);
      const site = this.live.site;
      this.rangeOutages =
        outages?.ok === true ? outages.outages.filter((o) => site === null || o.site === site) : [];
      this.history = result.links;
      this.throughputHistory = result.throughput;
      this.stepMs = stepMs;
      this.fetchedWindow = window;
      this.fetchedAtMs = nowMs;
      this.joinedLinks = new Map();
      this.joinedThroughput = new Map();
      for (const target of new Set([...this.history.keys(), ...this.liveLinks.keys()])) {
        this.joinTarget(target);
      }
      for (const target of new Set([
        ...this.throughputHistory.keys(),
        ...this.liveThroughput.keys(),
      ])) {
        this.joinInterface(target);
      }
      this.status = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.status = 'failed';
      this.fetchedWindow = window;
      this.fetchedAtMs = nowMs;
      this.options.onProblem(`could not load the range: ${String(error)}`);
    } finally {
      if (this.abort === abort) this.abort = null;
      this.host.requestUpdate();
    }
  }
}
