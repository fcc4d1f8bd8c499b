import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WeeklyReport } from '../../../contracts/report.js';
import { fetchWeeklyReport, type WeeklyReportResult } from './report-client.js';

/** Where the weekly report stands, as the view shows it. */
export type ReportState =
  | { status: 'idle' }
  | { status: 'loading'; week: string | null }
  | { status: 'ready'; report: WeeklyReport }
  | { status: 'failed'; week: string | null; unauthorized: boolean; problem: string };

/** What the controller asks its host on every update. */
export interface ReportControllerOptions {
  /** Whether the report is on screen: nothing is fetched for a hidden view. */
  enabled: () => boolean;
  /** The week asked for (`YYYY-Www`), or null for the collector's current week. */
  week: () => string | null;
  /** The site asked for, or null for the collector's own. */
  site: () => string | null;
  /** Address of the page; default `location.href`. */
  pageUrl?: () => string;
  /** Default the page's `fetch`. */
  fetch?: typeof globalThis.fetch;
}

/**
 * Owns the weekly report of a container: fetches it when the report view is shown or another week
 * or site is asked for, drops an answer that arrives after the user moved on (abort), and keeps the
 * last state for the view. Components get the state as a property and never fetch.
 */
export class ReportController implements ReactiveController {
  /** The report, or what is happening instead. */
  state: ReportState = { status: 'idle' };

  private requestedKey: string | null = null;
  private abort: AbortController | null = null;
  private readonly fetch: typeof globalThis.fetch;
  private readonly pageUrl: () => string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReportControllerOptions,
  ) {
    this.fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.pageUrl = options.pageUrl ?? (() => globalThis.location.href);
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.options.enabled()) return;
    const week = this.options.week();
    const site = this.options.site();
    const key = `${week ?? ''}|${site ?? ''}`;
    if (key !== this.requestedKey) void this.load(week, site, key);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = null;
    this.requestedKey = null;
  }

  /** Fetches the current week again (after a sign-in, or when the user asks). */
  reload(): void {
    this.requestedKey = null;
    this.host.requestUpdate();
  }

  private async load(week: string | null, site: string | null, key: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.requestedKey = key;
    this.state = { status: 'loading', week };
    let result: WeeklyReportResult;
    try {
      result = await fetchWeeklyReport({
        pageUrl: this.pageUrl(),
        week,
        site,
        fetch: this.fetch,
        signal: abort.signal,
      });
    } catch (error) {
      // An aborted request belongs to a week the user already left: its answer is not wanted.
      if (abort.signal.aborted) return;
      result = { ok: false, unauthorized: false, problem: String(error) };
    }
    if (abort.signal.aborted) return;
    this.state = result.ok
      ? { status: 'ready', report: result.report }
      : { status: 'failed', week, unauthorized: result.unauthorized, problem: result.problem };
    this.host.requestUpdate();
  }
}
