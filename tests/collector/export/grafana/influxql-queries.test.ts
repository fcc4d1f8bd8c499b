import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../../../collector/main.js';
import { buildGrafanaDashboard } from '../../../../collector/export/grafana/index.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../../../support/collector.js';
import { startInfluxDb1, type InfluxQlResult } from '../../../support/time-series-servers.js';
import { waitUntil } from '../../../support/wait.js';

// Every InfluxQL query of the exported dashboard, run against a real InfluxDB 1.6.7 that a real
// collector forwarded a day of test data to, with Grafana's macros substituted as Grafana does.

const DATABASE = 'pulse_grafana';
const SITE = 'test-centre';
/** 07:00 in Asia/Ho_Chi_Minh on 27 November 2026: the centre opens. */
const OPENING_MS = Date.UTC(2026, 10, 27, 0, 0, 0);
const RANGE = { fromMs: OPENING_MS - 3_600_000, toMs: OPENING_MS + 12 * 3_600_000 };

let influx: Awaited<ReturnType<typeof startInfluxDb1>>;
let collector: RunningCollector;

/** Grafana's regex form of a variable's values in `=~ /^$var$/`: one escaped value, or `(a|b)`. */
function regexValue(values: readonly string[]): string {
  const escaped = values.map((value) => value.replace(/[\\^$*+?.()|[\]{}/]/g, '\\$&'));
  return escaped.length === 1 ? escaped[0]! : `(${escaped.join('|')})`;
}

/**
 * A query as Grafana's InfluxDB datasource sends it: `$timeFilter` as an epoch-ms range,
 * `$__interval` as the interval it picked, each variable in its regex form.
 */
function substitute(
  query: string,
  variables: Record<string, readonly string[]>,
  intervalText = '1m',
): string {
  let text = query
    .replaceAll('$timeFilter', `time >= ${RANGE.fromMs}ms and time <= ${RANGE.toMs}ms`)
    .replaceAll('$__interval', intervalText);
  for (const [name, values] of Object.entries(variables))
    text = text.replaceAll(`$${name}`, values[0] === '.*' ? '.*' : regexValue(values));
  expect(text, 'every macro and variable substituted').not.toMatch(/\$[a-z_]/);
  return text;
}

async function run(query: string): Promise<InfluxQlResult['results'][number]> {
  const result = (await influx.query(query, DATABASE)).results[0]!;
  expect(result.error, query).toBeUndefined();
  return result;
}

function rowsOf(result: InfluxQlResult['results'][number]): number {
  return (result.series ?? []).reduce((sum, series) => sum + series.values.length, 0);
}

async function post(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${collector.url}${path}`, {
    method: 'POST',
    headers: INGEST_HEADERS,
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(202);
}

/** A working day of 40 tickets: issued, called after 5–24 min, served 10 min, rated 1–4. */
function counterDay(): unknown[] {
  return Array.from({ length: 40 }, (_, i) => {
    const issuedMs = OPENING_MS + i * 15 * 60_000;
    const calledMs = issuedMs + (5 + (i % 20)) * 60_000;
    const base = { site: SITE, ticket: `A${String(i).padStart(3, '0')}`, counter: '2' };
    return [
      { id: `i${i}`, ts: issuedMs, type: 'ticket.issued', field: 'chung-thuc', ...base },
      { id: `c${i}`, ts: calledMs, type: 'ticket.called', ...base },
      { id: `s${i}`, ts: calledMs + 60_000, type: 'service.started', ...base },
      {
        id: `d${i}`,
        ts: calledMs + 11 * 60_000,
        type: 'service.completed',
        outcome: 'received',
        ...base,
      },
      {
        id: `r${i}`,
        ts: calledMs + 12 * 60_000,
        type: 'rating.submitted',
        rating: (i % 4) + 1,
        ...base,
      },
    ];
  }).flat();
}

/** An hour of probe samples of two targets, and queue and interface samples. */
function samples(): unknown[] {
  return Array.from({ length: 60 }, (_, minute) => {
    const ts = OPENING_MS + minute * 60_000;
    const link = (target: string, up: number) => ({
      ts,
      site: SITE,
      measurement: 'link',
      target,
      probe: 'http',
      fields: { up, rtt_ms: 20 + (minute % 7), loss_pct: up ? 0 : 100, http_status: 200 },
    });
    return [
      link('dvc-portal', minute % 17 === 0 ? 0 : 1),
      link('gateway', 1),
      {
        ts,
        site: SITE,
        measurement: 'queue',
        target: 'chung-thuc',
        probe: 'queue',
        fields: { waiting: minute % 5 },
      },
      {
        ts,
        site: SITE,
        measurement: 'iface',
        target: 'eth0',
        probe: 'iface',
        fields: { rx_bps: 1000 * minute },
      },
    ];
  }).flat();
}

beforeAll(async () => {
  influx = await startInfluxDb1();
  collector = await startTestCollector(newDataDir(), {
    extraYaml: `influx: { url: "${influx.url}", api: v1, database: ${DATABASE}, flushIntervalMs: 50 }`,
  });
  await post('/api/v1/samples', samples());
  await post('/api/v1/events', counterDay());
  await waitUntil('the forwarder to deliver everything', async () => {
    const health = (await (await fetch(`${collector.url}/healthz`)).json()) as {
      forwarder: { backlog: number; state: string };
    };
    return health.forwarder.state === 'ok' && health.forwarder.backlog === 0;
  });
});
afterAll(async () => {
  await collector?.close();
  await influx?.stop();
});

const dashboard = buildGrafanaDashboard({ flavour: 'influxql' });
/** Measurements the test forwarded data to; `link_outage` has none yet. */
const WITH_DATA = new Set(['link', 'ticket', 'queue']);
const TARGET_CHOICES: [string, readonly string[]][] = [
  ['one target', ['dvc-portal']],
  ['two targets', ['dvc-portal', 'gateway']],
  ['All', ['.*']],
];

describe('the InfluxQL dashboard against InfluxDB 1.6.7', () => {
  describe.each(dashboard.panels.map((panel) => [panel.title, panel] as const))(
    'panel "%s"',
    (_title, panel) => {
      const query = panel.targets[0]!.query;
      const measurement = /FROM "([a-z_]+)"/.exec(query)![1]!;

      it.each(TARGET_CHOICES)(
        `runs with %s, and returns rows when "${measurement}" has data`,
        async (_name, targets) => {
          const result = await run(substitute(query, { site: [SITE], target: targets }));
          if (WITH_DATA.has(measurement)) expect(rowsOf(result)).toBeGreaterThan(0);
        },
      );
    },
  );

  it('finds the centre for the site variable and its targets for the target variable', async () => {
    const [, siteVariable, targetVariable] = dashboard.templating.list;
    const sites = await run(substitute(siteVariable!.query, {}));
    expect(sites.series!.flatMap((series) => series.values.map((row) => row[1]))).toContain(SITE);
    const targets = await run(substitute(targetVariable!.query, { site: [SITE] }));
    expect(targets.series![0]!.values.map((row) => row[1]).sort()).toEqual([
      'dvc-portal',
      'gateway',
    ]);
  });

  it('counts completions per hour, and percentiles and satisfaction from the forwarded day', async () => {
    const query = (title: RegExp) =>
      substitute(dashboard.panels.find((panel) => title.test(panel.title))!.targets[0]!.query, {
        site: [SITE],
        target: ['.*'],
      });
    const perHour = await run(query(/hoàn thành/));
    const counts = perHour.series![0]!.values.map((row) => row[1] as number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    const share = await run(query(/Tỷ lệ hài lòng/));
    expect(share.series![0]!.values[0]![1]).toBe(50);
    const mean = await run(query(/trung bình/));
    expect(mean.series![0]!.values[0]![1]).toBe(2.5);
    const percentiles = await run(query(/Thời gian chờ/));
    const [, p50, p90] = percentiles.series![0]!.values[0] as [number, number, number];
    // Waits of 5–24 min (40 tickets, each twice): the local day holds them all in one row.
    expect(percentiles.series![0]!.values).toHaveLength(1);
    expect([p50 / 60, p90 / 60]).toEqual([14, 22]);
  });
});
