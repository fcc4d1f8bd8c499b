import type { SeriesResponse } from '../../../contracts/api.js';
import type { LinkPoint } from '../charts/spread-geometry.js';
import type { ThroughputPoint } from '../charts/throughput-geometry.js';
import { fetchSeries, type HistoryRequest } from '../live/history-client.js';
import { LINK_FIELDS, linkHistoryFromSeries, type LinkField } from './link-readings.js';
import { stepParam } from './time-range.js';
import { IFACE_MEASUREMENT, throughputHistoryFromSeries } from './throughput-readings.js';

/** The history of a range: each target's link readings and each interface's rates. */
export type RangeHistoryResult =
  | { ok: true; links: Map<string, LinkPoint[]>; throughput: Map<string, ThroughputPoint[]> }
  | { ok: false; unauthorized: boolean; problem: string };

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
  const metrics = [
    ...LINK_FIELDS.map((field) => `link.${field}`),
    `${IFACE_MEASUREMENT}.rx_bps`,
    `${IFACE_MEASUREMENT}.tx_bps`,
  ];
  const result = await fetchSeries(request, metrics.join(','), step);
  if (!result.ok) return result;
  // The answer lists the series of every metric; each is labelled with its own.
  const byMetric = new Map<string, SeriesResponse>(metrics.map((m) => [m, { series: [] }]));
  for (const series of result.body.series) {
    byMetric.get(`${series.labels.measurement}.${series.labels.field}`)?.series.push(series);
  }
  const link: Partial<Record<LinkField, SeriesResponse>> = {};
  for (const field of LINK_FIELDS) link[field] = byMetric.get(`link.${field}`);
  return {
    ok: true,
    links: linkHistoryFromSeries(link, request.site),
    throughput: throughputHistoryFromSeries(
      byMetric.get(`${IFACE_MEASUREMENT}.rx_bps`)!,
      byMetric.get(`${IFACE_MEASUREMENT}.tx_bps`)!,
      request.site,
    ),
  };
}
