import type { SeriesGridResult, SeriesResult } from '../../../contracts/api.js';

/** The `[ms, value]` points of a series sent as a grid (`form=grid`), its empty buckets left out. */
export function pairsFromGrid({ labels, startMs, stepMs, values }: SeriesGridResult): SeriesResult {
  const points: [number, number][] = [];
  values.forEach((value, index) => {
    if (value !== null) points.push([startMs + index * stepMs, value]);
  });
  return { labels, points };
}
