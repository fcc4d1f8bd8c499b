import type { SeriesGridResponse, SeriesResponse } from '../../../contracts/api.js';
import type { LatencyPoint } from '../charts/latency-geometry.js';
import type { Endpoints } from './endpoints.js';
import { latencyHistoryFromSeries } from './latency-series.js';

/** The latency history of each target, or why there is none. */
export type HistoryResult =
  | { ok: true; history: Map<string, LatencyPoint[]> }
  | { ok: false; unauthorized: boolean; problem: string };

/** What {@link fetchLatencyHistory} needs. */
export interface HistoryRequest {
  endpoints: Endpoints;
  /** Start of the window (epoch ms). */
  fromMs: number;
  /** End of the window (epoch ms). */
  toMs: number;
  /** Site to keep, or null for all. */
  site: string | null;
  fetch: typeof globalThis.fetch;
  signal?: AbortSignal;
}

/**
 * Fetches the latency and up/down history of every link target for a window, in two requests
 * made together. A 401 (no session) or 403 (a stale one) is reported apart: the page then asks
 * for an access code instead of retrying.
 */
export async function fetchLatencyHistory(request: HistoryRequest): Promise<HistoryResult> {
  const [rtt, up] = await Promise.all([
    fetchSeries(request, 'link.rtt_ms'),
    fetchSeries(request, 'link.up'),
  ]);
  if (!rtt.ok) return rtt;
  if (!up.ok) return up;
  return { ok: true, history: latencyHistoryFromSeries(rtt.body, up.body, request.site) };
}

/** One answer of the query API, or why there is none. */
export type SeriesResult =
  { ok: true; body: SeriesResponse } | { ok: false; unauthorized: boolean; problem: string };

/** One answer of the query API in grid form (`form=grid`), or why there is none. */
export type SeriesGridAnswer =
  { ok: true; body: SeriesGridResponse } | { ok: false; unauthorized: boolean; problem: string };

/**
 * Fetches one metric (`measurement.field`), or several separated by commas, over the request's window, averaged per `step` when
 * one is given (`30s`, `5m`). 401/403 come back as `unauthorized`; a body of the wrong shape as a
 * problem, never as data.
 */
export async function fetchSeries(
  request: HistoryRequest,
  metric: string,
  step?: string,
): Promise<SeriesResult> {
  const { endpoints, fromMs, toMs, site } = request;
  return fetchChecked(
    endpoints.seriesUrl(metric, fromMs, toMs, site, step),
    request,
    isSeriesResponse,
  );
}

/**
 * Fetches metrics as {@link fetchSeries} does, bucketed per `step`, as a grid of values (their
 * times follow from the grid's start and step) rounded to `precision` significant digits: a day
 * of twenty targets is 0.57 MB instead of 2.0 MB of `[ms, value]` pairs, parsed that much sooner.
 */
export async function fetchSeriesGrid(
  request: HistoryRequest,
  metric: string,
  step: string,
  precision: number,
): Promise<SeriesGridAnswer> {
  const { endpoints, fromMs, toMs, site } = request;
  const url = new URL(endpoints.seriesUrl(metric, fromMs, toMs, site, step));
  url.searchParams.set('form', 'grid');
  url.searchParams.set('precision', String(precision));
  return fetchChecked(url.href, request, isSeriesGridResponse);
}

/** GETs `url` and checks the body's shape; 401/403 as `unauthorized`. */
async function fetchChecked<Body>(
  url: string,
  { fetch, signal }: HistoryRequest,
  isBody: (body: unknown) => body is Body,
): Promise<{ ok: true; body: Body } | { ok: false; unauthorized: boolean; problem: string }> {
  // The session cookie goes with same-origin requests; no credential is ever put in the URL.
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (response.status === 401 || response.status === 403) {
    return { ok: false, unauthorized: true, problem: `${url} answered ${response.status}` };
  }
  if (!response.ok) {
    return { ok: false, unauthorized: false, problem: `${url} answered ${response.status}` };
  }
  const body: unknown = await response.json();
  if (!isBody(body)) {
    return { ok: false, unauthorized: false, problem: `${url} answered an unexpected body` };
  }
  return { ok: true, body };
}

/** True for an object with a `series` array whose items `isItem` accepts, each with a target label. */
function hasSeries(body: unknown, isItem: (series: Record<string, unknown>) => boolean): boolean {
  if (typeof body !== 'object' || body === null || !('series' in body)) return false;
  const { series } = body;
  return (
    Array.isArray(series) &&
    series.every(
      (s: unknown) =>
        typeof s === 'object' &&
        s !== null &&
        'labels' in s &&
        typeof s.labels === 'object' &&
        s.labels !== null &&
        'target' in s.labels &&
        typeof s.labels.target === 'string' &&
        isItem(s as Record<string, unknown>),
    )
  );
}

/** Checks the grid form: a start, a step over 0, and values that are numbers or null. */
function isSeriesGridResponse(body: unknown): body is SeriesGridResponse {
  return hasSeries(
    body,
    ({ startMs, stepMs, values }) =>
      typeof startMs === 'number' &&
      Number.isFinite(startMs) &&
      typeof stepMs === 'number' &&
      stepMs > 0 &&
      Array.isArray(values) &&
      values.every((v: unknown) => v === null || typeof v === 'number'),
  );
}

/** Checks the shape the merge relies on; points that are not number pairs make it refuse. */
function isSeriesResponse(body: unknown): body is SeriesResponse {
  return hasSeries(
    body,
    ({ points }) =>
      Array.isArray(points) &&
      points.every(
        (p: unknown) => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number',
      ),
  );
}
