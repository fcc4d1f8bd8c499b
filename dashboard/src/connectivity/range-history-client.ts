import type { SeriesGridResult, SeriesResponse } from '../../../contracts/api.js';
import type { LinkPoint } from '../charts/spread-geometry.js';
import type { ThroughputPoint } from '../charts/throughput-geometry.js';
import { fetchSeries, fetchSeriesGrid, type HistoryRequest } from '../live/history-client.js';
import {
  LINK_FIELDS,
  linkHistoryFromGrid,
  linkHistoryFromSeries,
  type LinkField,
} from './link-readings.js';
import { pairsFromGrid } from './series-grid.js';
import { stepParam } from './time-range.js';
import { IFACE_MEASUREMENT, throughputHistoryFromSeries } from './throughput-readings.js';

/** The history of a range: each target's link readings and each interface's rates. */
export type RangeHistoryResult =
  | { ok: true; links: Map<string, LinkPoint[]>; throughput: Map<string, ThroughputPoint[]> }
  | { ok: false; unauthorized: boolean; problem: string };

/**
 * Significant digits of bucketed values: far finer than anything drawn or written (a latency is
 * shown to 0.1 ms, a chart is 120 px tall) and safe for shares (a bucket down once in 100,000
 * rounds stays below 1).
 */
export const HISTORY_PRECISION = 6;

/** The metrics of a range's history: the five link fields and the interface rates. */
export const RANGE_HISTORY_METRICS: readonly string[] = [
  ...LINK_FIELDS.map((field) => `link.${field}`),
  `${IFACE_MEASUREMENT}.rx_bps`,
  `${IFACE_MEASUREMENT}.tx_bps`,
];

/**
 * Fetches everything the Connectivity view draws for a window in one request: the five link
 * fields (median, min, max, loss, up) and the interface rates, averaged per `stepMs` (0: raw
 * readings). One request, not one per metric: the collector answers them in one pass and the
 * page parses one body, so the first chart is drawn sooner.
 */
export async function fetchRangeHistory(
  request: HistoryRequest & { stepMs: number },
): Promise<RangeHistoryResult> {
  const step = request.stepMs > 0 ? stepParam(request.stepMs) : undefined;
  if (step !== undefined) {
    // Buckets: as a grid of rounded values, under a third of the bytes of pairs (see `fetchSeriesGrid`).
    const result = await fetchSeriesGrid(
      request,
      RANGE_HISTORY_METRICS.join(','),
      step,
      HISTORY_PRECISION,
    );
    if (!result.ok) return result;
    const byMetric = groupByMetric(RANGE_HISTORY_METRICS, result.body.series);
    const link: Partial<Record<LinkField, SeriesGridResult[]>> = {};
    for (const field of LINK_FIELDS) link[field] = byMetric.get(`link.${field}`);
    const rates = (field: string): SeriesResponse => ({
      series: byMetric.get(`${IFACE_MEASUREMENT}.${field}`)!.map(pairsFromGrid),
    });
    return {
      ok: true,
      links: linkHistoryFromGrid(link, request.site),
      throughput: throughputHistoryFromSeries(rates('rx_bps'), rates('tx_bps'), request.site),
    };
  }
  const result = await fetchSeries(request, RANGE_HISTORY_METRICS.join(','));
  if (!result.ok) return result;
  const byMetric = groupByMetric(RANGE_HISTORY_METRICS, result.body.series);
  const link: Partial<Record<LinkField, SeriesResponse>> = {};
  for (const field of LINK_FIELDS) link[field] = { series: byMetric.get(`link.${field}`)! };
  return {
    ok: true,
    links: linkHistoryFromSeries(link, request.site),
    throughput: throughputHistoryFromSeries(
      { series: byMetric.get(`${IFACE_MEASUREMENT}.rx_bps`)! },
      { series: byMetric.get(`${IFACE_MEASUREMENT}.tx_bps`)! },
      request.site,
    ),
  };
}

/** The answer lists the series of every metric; each is labelled with its own. */
function groupByMetric<Series extends { labels: { measurement: string; field: string } }>(
  metrics: readonly string[],
  series: readonly Series[],
): Map<string, Series[]> {
  const byMetric = new Map<string, Series[]>(metrics.map((m) => [m, []]));
  for (const one of series)
    byMetric.get(`${one.labels.measurement}.${one.labels.field}`)?.push(one);
  return byMetric;
}
