import type { SeriesResponse } from '../../../contracts/api.js';
import type { Sample } from '../../../contracts/sample.js';
import type { ThroughputPoint } from '../charts/throughput-geometry.js';
import { meanOf } from './seam.js';

/** Measurement of interface counters, as in samples and the query API. */
export const IFACE_MEASUREMENT = 'iface';

/** The rates an `iface` sample carries, or null when it has neither (the first round, a missing interface). */
export function throughputPointFromSample(sample: Sample): ThroughputPoint | null {
  if (sample.measurement !== IFACE_MEASUREMENT) return null;
  const { rx_bps: rx, tx_bps: tx } = sample.fields;
  const rxBps = typeof rx === 'number' ? rx : null;
  const txBps = typeof tx === 'number' ? tx : null;
  if (rxBps === null && txBps === null) return null;
  return { tsMs: sample.ts, rxBps, txBps };
}

/** Rates per interface from the answers of `iface.rx_bps` and `iface.tx_bps`, in time order. */
export function throughputHistoryFromSeries(
  rx: SeriesResponse,
  tx: SeriesResponse,
  site: string | null,
): Map<string, ThroughputPoint[]> {
  const byTarget = new Map<string, Map<number, ThroughputPoint>>();
  const add = (answer: SeriesResponse, key: 'rxBps' | 'txBps') => {
    for (const series of answer.series) {
      if (site !== null && series.labels.site !== site) continue;
      let readings = byTarget.get(series.labels.target);
      if (!readings) byTarget.set(series.labels.target, (readings = new Map()));
      for (const [tsMs, value] of series.points) {
        const point = readings.get(tsMs) ?? { tsMs, rxBps: null, txBps: null };
        point[key] = value;
        readings.set(tsMs, point);
      }
    }
  };
  add(rx, 'rxBps');
  add(tx, 'txBps');
  return new Map(
    [...byTarget].map(([target, readings]) => [
      target,
      [...readings.values()].sort((a, b) => a.tsMs - b.tsMs),
    ]),
  );
}

/** Folds live rates into one bucket as the query API does: the mean. */
export function bucketThroughputPoints(
  bucketMs: number,
  members: readonly ThroughputPoint[],
): ThroughputPoint {
  return {
    tsMs: bucketMs,
    rxBps: meanOf(members.map((p) => p.rxBps)),
    txBps: meanOf(members.map((p) => p.txBps)),
  };
}
