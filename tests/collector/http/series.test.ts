import { afterEach, describe, expect, it } from 'vitest';
import type { SeriesGridResponse, SeriesResponse } from '../../../contracts/api.js';
import type { RunningCollector } from '../../../collector/main.js';
import { roundToSignificant } from '../../../collector/http/series-shape.js';
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

async function series<Body = SeriesResponse>(
  url: string,
  query: Record<string, string>,
): Promise<Body> {
  const response = await fetch(`${url}/api/v1/series?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Body;
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

  it('answers form=grid with the value of every bucket of the window, null where none, the same as the pairs', async () => {
    const { url, firstMs } = await collectorWithRounds();
    const window = { from: String(firstMs - 60_000), to: String(firstMs + 150_000), step: '1m' };
    const metric = 'link.rtt_ms,link.up';
    const grid = await series<SeriesGridResponse>(url, { metric, ...window, form: 'grid' });
    const pairs = await series(url, { metric, ...window });
    expect(grid.series.map((s) => s.labels)).toEqual(pairs.series.map((s) => s.labels));
    // Buckets from the minute before the rounds to the one after: the down round has no latency.
    expect(
      grid.series.map((s) => [s.labels.field, s.labels.target, s.startMs, s.stepMs, s.values]),
    ).toEqual([
      ['rtt_ms', 'gateway', firstMs - 60_000, 60_000, [null, 10.5, null, null]],
      ['rtt_ms', 'dvc-portal', firstMs - 60_000, 60_000, [null, 20.5, null, null]],
      ['up', 'gateway', firstMs - 60_000, 60_000, [null, 1, 0, null]],
      ['up', 'dvc-portal', firstMs - 60_000, 60_000, [null, 1, 0, null]],
    ]);
    for (const [i, one] of grid.series.entries()) {
      const fromGrid = one.values.flatMap((value, k) =>
        value === null ? [] : [[one.startMs + k * one.stepMs, value]],
      );
      expect(fromGrid).toEqual(pairs.series[i]!.points);
    }
  });

  it('rounds values to the significant digits asked for, in both forms', async () => {
    const { url, firstMs } = await collectorWithRounds();
    // A round between the first two with a latency of many digits.
    const extra = { up: 1, rtt_ms: 12.3456789, rtt_min_ms: 8, rtt_max_ms: 30, loss_pct: 0 };
    const response = await fetch(`${url}/api/v1/samples`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify([
        {
          ts: firstMs + 15_000,
          site: 'test-centre',
          measurement: 'link',
          target: 'gateway',
          probe: 'icmp',
          fields: extra,
        },
      ]),
    });
    expect(response.status).toBe(202);
    const query = {
      metric: 'link.rtt_ms',
      target: 'gateway',
      from: String(firstMs),
      to: String(firstMs + 59_999),
      precision: '3',
    };
    const raw = await series(url, query);
    expect(raw.series[0]!.points).toEqual([
      [firstMs, 10],
      [firstMs + 15_000, 12.3],
      [firstMs + 30_000, 11],
    ]);
    // The minute's mean, 11.1152263…, in both forms.
    const pairs = await series(url, { ...query, step: '1m' });
    expect(pairs.series[0]!.points).toEqual([[firstMs, 11.1]]);
    const grid = await series<SeriesGridResponse>(url, { ...query, step: '1m', form: 'grid' });
    expect(grid.series[0]!.values).toEqual([11.1]);
  });

  it.each([
    ['form=grid without buckets', { form: 'grid' }, 'form', /give a step/],
    ['an unknown form', { form: 'columns', step: '1m' }, 'form', /pairs or grid/],
    ['a precision of 0', { precision: '0' }, 'precision', /from 1 to 17/],
    ['a precision that is not a number', { precision: 'all' }, 'precision', /significant digits/],
  ])('rejects %s with 400 naming the parameter', async (_what, extra, path, message) => {
    const { url } = await collectorWithRounds();
    const query = new URLSearchParams({ metric: 'link.up', ...extra });
    const response = await fetch(`${url}/api/v1/series?${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { details: { path: string; message: string }[] };
    expect(body.details).toEqual([{ path, message: expect.stringMatching(message) }]);
  });
});

describe('roundToSignificant', () => {
  it.each([
    [2.4367154933046553, 6, 2.43672],
    [123.456789, 6, 123.457],
    [0.0012345678, 3, 0.00123],
    [1_234_567_890, 3, 1_230_000_000],
    [-7.25, 2, -7.2],
    // A bucket down once in 2 880 rounds (a day of 30-second rounds) stays below 1, and a
    // sliver of loss stays above 0.
    [1 - 1 / 2880, 6, 0.999653],
    [0.00004, 6, 0.00004],
    [0, 6, 0],
    [100, 1, 100],
  ])('rounds %d to %d digits as %d', (value, digits, rounded) => {
    expect(roundToSignificant(value, digits)).toBe(rounded);
  });
});
