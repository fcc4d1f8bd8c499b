import { afterEach, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../../../collector/main.js';
import { linkHistoryFromGrid } from '../../../../dashboard/src/connectivity/link-readings.js';
import { fetchRangeHistory } from '../../../../dashboard/src/connectivity/range-history-client.js';
import { fetchSeries } from '../../../../dashboard/src/live/history-client.js';
import { resolveEndpoints } from '../../../../dashboard/src/live/endpoints.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../../../support/collector.js';

const running: RunningCollector[] = [];
afterEach(async () => {
  for (const collector of running.splice(0)) await collector.close();
});

/**
 * A real collector with half an hour of 30-second rounds of two targets (seeded values with many
 * digits, a stretch down, a lossy minute) and a neighbour site's target, all in the raw samples,
 * which a range of 30 minutes with a step is answered from.
 */
async function collectorWithHalfHour(): Promise<{ url: string; fromMs: number; toMs: number }> {
  const collector = await startTestCollector(newDataDir());
  running.push(collector);
  const toMs = Math.floor(Date.now() / 60_000) * 60_000;
  const fromMs = toMs - 30 * 60_000;
  let seed = 7;
  const random = () => (seed = (seed * 1_664_525 + 1_013_904_223) % 2 ** 32) / 2 ** 32;
  const samples = [];
  for (let ts = fromMs; ts < toMs; ts += 30_000) {
    for (const [target, site] of [
      ['gateway', 'test-centre'],
      ['dvc-portal', 'test-centre'],
      ['gateway', 'xa-ben'],
    ] as const) {
      const down = target === 'dvc-portal' && ts >= fromMs + 600_000 && ts < fromMs + 780_000;
      const rttMs = 5 + random() * 40;
      const fields = down
        ? { up: 0, loss_pct: 100 }
        : {
            up: 1,
            rtt_ms: rttMs,
            rtt_min_ms: rttMs * 0.8,
            rtt_max_ms: rttMs * (1.2 + random()),
            loss_pct: ts === fromMs + 300_000 ? 100 / 3 : 0,
          };
      samples.push({ ts, site, measurement: 'link', target, probe: 'icmp', fields });
    }
  }
  const response = await fetch(`${collector.url}/api/v1/samples`, {
    method: 'POST',
    headers: INGEST_HEADERS,
    body: JSON.stringify(samples),
  });
  expect(response.status).toBe(202);
  return { url: collector.url, fromMs, toMs };
}

describe('fetchRangeHistory', () => {
  it('reads a bucketed range as a grid into the same readings as the pairs, to six significant digits', async () => {
    const { url, fromMs, toMs } = await collectorWithHalfHour();
    const request = {
      endpoints: resolveEndpoints(`${url}/#/connectivity`),
      fromMs,
      toMs,
      site: 'test-centre',
      fetch: globalThis.fetch,
      stepMs: 120_000,
    };
    const fromGrid = await fetchRangeHistory(request);
    if (!fromGrid.ok) throw new Error(`the grid request failed: ${fromGrid.problem}`);
    // The same buckets as pairs, unrounded, through the merge the raw ranges use.
    const metrics = ['rtt_ms', 'rtt_min_ms', 'rtt_max_ms', 'loss_pct', 'up'].map(
      (f) => `link.${f}`,
    );
    const pairs = await fetchSeries(request, metrics.join(','), '2m');
    if (!pairs.ok) throw new Error(`the pairs request failed: ${pairs.problem}`);

    expect([...fromGrid.links.keys()]).toEqual(['gateway', 'dvc-portal']);
    for (const target of ['gateway', 'dvc-portal']) {
      const exact = pairs.body.series.filter(
        (s) => s.labels.target === target && s.labels.site === 'test-centre',
      );
      const readings = fromGrid.links.get(target)!;
      // 15 two-minute buckets, or 16 when the window starts inside one.
      expect(readings.length).toBeGreaterThanOrEqual(15);
      for (const series of exact) {
        const key = {
          rtt_ms: 'rttMs',
          rtt_min_ms: 'minMs',
          rtt_max_ms: 'maxMs',
          loss_pct: 'lossPct',
          up: 'upShare',
        }[series.labels.field] as 'rttMs' | 'minMs' | 'maxMs' | 'lossPct' | 'upShare';
        const shown = readings.filter((r) => r[key] !== null).map((r) => [r.tsMs, r[key]]);
        expect(shown.map(([tsMs]) => tsMs)).toEqual(series.points.map(([tsMs]) => tsMs));
        series.points.forEach(([, value], i) => {
          const rounded = shown[i]![1]!;
          expect(Math.abs(rounded - value)).toBeLessThanOrEqual(Math.abs(value) * 5e-6);
        });
      }
    }
    // The stretch down: buckets with an up share of 0 have no latency; partly down ones keep it.
    const portal = fromGrid.links.get('dvc-portal')!;
    expect(portal.filter((r) => r.upShare === 0).every((r) => r.rttMs === null)).toBe(true);
    expect(portal.some((r) => r.upShare === 0)).toBe(true);
  });
});

describe('linkHistoryFromGrid', () => {
  const labels = (field: string, target = 'dvc', site = 'xa-a') => ({
    site,
    measurement: 'link',
    target,
    probe: 'icmp',
    field,
  });

  it('joins the fields of each bucket by index, leaves out empty buckets and other sites', () => {
    const grid = (field: string, values: (number | null)[], site = 'xa-a') => ({
      labels: labels(field, 'dvc', site),
      startMs: 600_000,
      stepMs: 60_000,
      values,
    });
    const history = linkHistoryFromGrid(
      {
        rtt_ms: [grid('rtt_ms', [12, null, 5, null]), grid('rtt_ms', [99, 99, 99, 99], 'xa-b')],
        up: [grid('up', [1, 0, 0.5, null])],
        loss_pct: [grid('loss_pct', [0, 100, 50, null])],
      },
      'xa-a',
    );
    expect(history.get('dvc')).toEqual([
      { tsMs: 600_000, rttMs: 12, minMs: null, maxMs: null, lossPct: 0, upShare: 1 },
      { tsMs: 660_000, rttMs: null, minMs: null, maxMs: null, lossPct: 100, upShare: 0 },
      { tsMs: 720_000, rttMs: 5, minMs: null, maxMs: null, lossPct: 50, upShare: 0.5 },
    ]);
  });

  it('joins by time series that are on different grids', () => {
    const history = linkHistoryFromGrid(
      {
        rtt_ms: [{ labels: labels('rtt_ms'), startMs: 0, stepMs: 60_000, values: [10, 11] }],
        up: [{ labels: labels('up'), startMs: 60_000, stepMs: 60_000, values: [1, 1] }],
      },
      null,
    );
    expect(history.get('dvc')!.map((r) => [r.tsMs, r.rttMs, r.upShare])).toEqual([
      [0, 10, null],
      [60_000, 11, 1],
      [120_000, null, 1],
    ]);
  });
});
