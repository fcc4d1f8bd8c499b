import { describe, expect, it } from 'vitest';
import type { SeriesResponse, SeriesResult } from '../../../../contracts/api.js';
import type { Sample } from '../../../../contracts/sample.js';
import {
  ConnectivityController,
  type LiveFeed,
} from '../../../../dashboard/src/connectivity/connectivity-controller.js';
import { resolveEndpoints } from '../../../../dashboard/src/live/endpoints.js';
import type { LiveListener } from '../../../../dashboard/src/live/live-controller.js';

const SITE = 'xa-an-binh';
const START_MS = Date.UTC(2026, 10, 27, 1, 0);
const QUARTER_HOUR_MS = 15 * 60_000;

/** A link sample of the target, one round of the probes. */
const round = (ts: number, rttMs: number): Sample => ({
  ts,
  site: SITE,
  measurement: 'link',
  target: 'portal',
  probe: 'icmp',
  fields: { up: 1, rtt_ms: rttMs, loss_pct: 0 },
});

/**
 * The controller with what it needs around it: a host that only counts update requests, a live
 * feed this test drives (its clock and samples), and the query API answered from `history` as the
 * collector would for raw readings (no `step`), through the page's own endpoints and parser.
 */
function setUp(history: Sample[]) {
  let nowMs = START_MS;
  const listeners: LiveListener[] = [];
  let updates = 0;
  const host = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void (updates += 1),
    updateComplete: Promise.resolve(true),
  };
  const feed: LiveFeed = {
    site: SITE,
    outages: [],
    apiEndpoints: resolveEndpoints('http://127.0.0.1:8080/'),
    nowMs: () => nowMs,
    listen(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  const fetch = async (input: string | URL | Request) => {
    const url = new URL(String(input));
    const fromMs = Number(url.searchParams.get('from'));
    const toMs = Number(url.searchParams.get('to'));
    const series: SeriesResult[] = [];
    for (const metric of url.searchParams.get('metric')!.split(',')) {
      const [measurement, field] = metric.split('.') as [string, string];
      const points = history
        .filter((s) => s.measurement === measurement && s.ts >= fromMs && s.ts <= toMs)
        .flatMap((s): [number, number][] =>
          typeof s.fields[field] === 'number' ? [[s.ts, s.fields[field]]] : [],
        );
      if (points.length === 0) continue;
      series.push({
        labels: { site: SITE, measurement, target: 'portal', probe: 'icmp', field },
        points,
      });
    }
    const body: SeriesResponse = { series };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  const controller = new ConnectivityController(host, feed, {
    enabled: () => true,
    plotWidthPx: () => 1770,
    fetch: fetch as typeof globalThis.fetch,
  });
  controller.hostConnected();
  return {
    controller,
    updates: () => updates,
    advance(ms: number) {
      nowMs += ms;
    },
    now: () => nowMs,
    send(sample: Sample) {
      for (const listener of listeners) listener.sample?.(sample);
    },
  };
}

/** Runs the host's update cycle until the history asked for has arrived. */
async function loaded(setup: ReturnType<typeof setUp>): Promise<void> {
  setup.controller.hostUpdate();
  for (let i = 0; i < 50 && setup.controller.status !== 'ready'; i++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(setup.controller.status).toBe('ready');
}

describe('ConnectivityController on the live range left open', () => {
  it('keeps only the readings of its quarter hour as it slides, the history it opened with dropped', async () => {
    // A quarter hour of rounds once a second before the page opens, then 20 minutes of live rounds.
    const history = Array.from({ length: 900 }, (_, i) =>
      round(START_MS - QUARTER_HOUR_MS + (i + 1) * 1000, 10 + (i % 5)),
    );
    const setup = setUp(history);
    await loaded(setup);
    expect(setup.controller.links.get('portal')).toHaveLength(900);

    for (let second = 1; second <= 20 * 60; second++) {
      setup.advance(1000);
      setup.controller.slide();
      setup.send(round(setup.now(), 20));
    }
    const { fromMs, toMs } = setup.controller.window();
    const readings = setup.controller.links.get('portal')!;
    // Every reading is one of the last quarter hour's, each once, the newest last.
    expect(readings.length).toBeLessThanOrEqual(901);
    expect(readings.length).toBeGreaterThanOrEqual(899);
    expect(readings[0]!.tsMs).toBeGreaterThanOrEqual(fromMs);
    expect(readings.at(-1)!.tsMs).toBe(setup.now());
    expect(readings.at(-1)!.tsMs).toBeLessThanOrEqual(toMs);
    expect(new Set(readings.map((r) => r.tsMs)).size).toBe(readings.length);
    expect(readings.every((r) => r.rttMs === 20)).toBe(true);
  });

  it('still joins the history it opened with while that history is in the window', async () => {
    const history = Array.from({ length: 900 }, (_, i) =>
      round(START_MS - QUARTER_HOUR_MS + (i + 1) * 1000, 10),
    );
    const setup = setUp(history);
    await loaded(setup);
    for (let second = 1; second <= 60; second++) {
      setup.advance(1000);
      setup.controller.slide();
      setup.send(round(setup.now(), 20));
    }
    const readings = setup.controller.links.get('portal')!;
    // The minute of history that slid out is gone; the rest is there, then the live minute.
    expect(readings.filter((r) => r.rttMs === 10).length).toBeGreaterThanOrEqual(838);
    expect(readings.filter((r) => r.rttMs === 10).length).toBeLessThanOrEqual(841);
    expect(readings.filter((r) => r.rttMs === 20)).toHaveLength(60);
    expect(setup.updates()).toBeGreaterThan(0);
  });
});
