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
 * Fetches everything the Connectivity view draws for a window, in one round of parallel requests:
 * the five link fields (median, min, max, loss, up) and the interface rates, averaged per
 * `stepMs` (0: raw readings). The API has one metric per request, hence seven of them.
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
  const results = await Promise.all(metrics.map((metric) => fetchSeries(request, metric, step)));
  const answers: SeriesResponse[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    answers.push(result.body);
  }
  const link: Partial<Record<LinkField, SeriesResponse>> = {};
  LINK_FIELDS.forEach((field, index) => (link[field] = answers[index]));
  const [rx, tx] = answers.slice(LINK_FIELDS.length) as [SeriesResponse, SeriesResponse];
  return {
    ok: true,
    links: linkHistoryFromSeries(link, request.site),
    throughput: throughputHistoryFromSeries(rx, tx, request.site),
  };
}
