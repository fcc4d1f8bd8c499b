import { afterEach, describe, expect, it } from 'vitest';
import type { SeriesResponse } from '../../../contracts/api.js';
import type { RunningCollector } from '../../../collector/main.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../../support/collector.js';

const running: RunningCollector[] = [];
afterEach(async () => {
  for (const collector of running.splice(0)) await collector.close();
});

/** A collector holding three 30-second link rounds of two targets, the last one down. */
async function collectorWithRounds(): Promise<{ url: string; firstMs: number }> {
  const collector = await startTestCollector(newDataDir());
  running.push(collector);
  const firstMs = Math.floor(Date.now() / 60_000) * 60_000 - 120_000;
  const samples = ['gateway', 'dvc-portal'].flatMap((target, t) =>
    [0, 1, 2].map((i) => ({
      ts: firstMs + i * 30_000,
      site: 'test-centre',
      measurement: 'link',
      target,
      probe: 'icmp',
      fields:
        i === 2
          ? { up: 0, loss_pct: 100 }
          : { up: 1, rtt_ms: 10 * (t + 1) + i, rtt_min_ms: 8, rtt_max_ms: 30, loss_pct: 0 },
    })),
  );
  const response = await fetch(`${collector.url}/api/v1/samples`, {
    method: 'POST',
    headers: INGEST_HEADERS,
    body: JSON.stringify(samples),
  });
  expect(response.status).toBe(202);
  return { url: collector.url, firstMs };
}

async function series(url: string, query: Record<string, string>): Promise<SeriesResponse> {
  const response = await fetch(`${url}/api/v1/series?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as SeriesResponse;
}

describe('GET /api/v1/series', () => {
  it('answers several metrics in one request, each series labelled with its field, in the order asked', async () => {
    const { url, firstMs } = await collectorWithRounds();
    const window = { from: String(firstMs - 1000), to: String(firstMs + 90_000) };
    const body = await series(url, { metric: 'link.up,link.rtt_ms', ...window });
    expect(body.series.map((s) => `${s.labels.field} ${s.labels.target}`)).toEqual([
      'up gateway',
      'up dvc-portal',
      'rtt_ms gateway',
      'rtt_ms dvc-portal',
    ]);
    // The same series, point for point, as one request per metric.
    const up = await series(url, { metric: 'link.up', ...window });
    const rtt = await series(url, { metric: 'link.rtt_ms', ...window });
    expect(body.series).toEqual([...up.series, ...rtt.series]);
    expect(rtt.series[0]!.points).toEqual([
      [firstMs, 10],
      [firstMs + 30_000, 11],
    ]);
  });

  it('gives each listed field its own bucket aggregate: min of *_min_ms, max of *_max_ms, else the mean', async () => {
    const { url, firstMs } = await collectorWithRounds();
    const body = await series(url, {
      metric: 'link.rtt_ms,link.rtt_min_ms,link.rtt_max_ms',
      target: 'gateway',
      from: String(firstMs),
      to: String(firstMs + 59_999),
      step: '1m',
    });
    expect(body.series.map((s) => [s.labels.field, s.points])).toEqual([
      ['rtt_ms', [[firstMs, 10.5]]],
      ['rtt_min_ms', [[firstMs, 8]]],
      ['rtt_max_ms', [[firstMs, 30]]],
    ]);
  });

  it('answers a metric listed twice once', async () => {
    const { url, firstMs } = await collectorWithRounds();
    const body = await series(url, {
      metric: 'link.up,link.up',
      target: 'gateway',
      from: String(firstMs),
      to: String(firstMs + 90_000),
    });
    expect(body.series).toHaveLength(1);
  });

  it.each([
    ['an empty metric in the list', 'link.up,,link.rtt_ms', /several separated by commas/],
    ['a metric without its field', 'link.up,link', /measurement\.field/],
    ['a space after a comma', 'link.up, link.rtt_ms', /measurement\.field/],
    [
      'more than 16 metrics',
      Array.from({ length: 17 }, (_, i) => `link.f${i}`).join(','),
      /16 metrics or fewer/,
    ],
  ])('rejects %s with 400 naming the metric parameter', async (_what, metric, message) => {
    const { url } = await collectorWithRounds();
    const response = await fetch(`${url}/api/v1/series?${new URLSearchParams({ metric })}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { details: { path: string; message: string }[] };
    expect(body.details).toEqual([{ path: 'metric', message: expect.stringMatching(message) }]);
  });
});
