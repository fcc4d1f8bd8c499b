import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../../collector/main.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../../support/collector.js';
import {
  startInfluxDb1,
  type InfluxQlResult,
  type TimeSeriesServer,
} from '../../support/time-series-servers.js';
import { waitUntil } from '../../support/wait.js';

let influx: TimeSeriesServer & { query(q: string, db?: string): Promise<InfluxQlResult> };
let collector: RunningCollector | undefined;
let database = '';
let databases = 0;

beforeAll(async () => {
  influx = await startInfluxDb1();
});
afterAll(() => influx?.stop());
afterEach(async () => {
  await collector?.close();
  collector = undefined;
});

/** A collector forwarding to a fresh database of the test's InfluxDB 1.6.7. */
async function startForwarding(dataDir = newDataDir()): Promise<RunningCollector> {
  database = `pulse_test_${++databases}`;
  return startTestCollector(dataDir, {
    extraYaml: `influx: { url: "${influx.url}", api: v1, database: ${database}, flushIntervalMs: 50 }`,
  });
}

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${collector!.url}${path}`, {
    method: 'POST',
    headers: INGEST_HEADERS,
    body: JSON.stringify(body),
  });
}

/** The single number an InfluxQL aggregate returns, or 0 when there are no points. */
async function scalar(q: string): Promise<number> {
  const result = await influx.query(q, database);
  return (result.results[0]?.series?.[0]?.values[0]?.[1] as number | undefined) ?? 0;
}

async function backlogIsEmpty(): Promise<boolean> {
  const health = (await (await fetch(`${collector!.url}/healthz`)).json()) as {
    forwarder: { backlog: number; state: string };
  };
  return health.forwarder.state === 'ok' && health.forwarder.backlog === 0;
}

const T0 = Date.UTC(2026, 10, 27, 1, 0, 0);
function linkSample(i: number, target = 'dvc-portal') {
  return {
    ts: T0 + i * 1000,
    site: 'test-centre',
    measurement: 'link',
    target,
    probe: 'http',
    fields: { up: 1, rtt_ms: 40 + (i % 10), http_status: 200, loss_pct: 0 },
  };
}

describe('forwarding to InfluxDB 1.6.7 (v1 /write)', () => {
  it('writes every sample and event with the tags, fields and types of the schema', async () => {
    collector = await startForwarding();
    expect(
      (
        await post(
          '/api/v1/samples',
          Array.from({ length: 50 }, (_, i) => linkSample(i)),
        )
      ).status,
    ).toBe(202);
    const ticket = { site: 'test-centre', ticket: 'A001' };
    expect(
      (
        await post('/api/v1/events', [
          { id: 'i1', ts: T0, type: 'ticket.issued', field: 'chung-thuc', ...ticket },
          { id: 'c1', ts: T0 + 300_000, type: 'ticket.called', counter: '2', ...ticket },
          { id: 's1', ts: T0 + 310_000, type: 'service.started', counter: '2', ...ticket },
          {
            id: 'd1',
            ts: T0 + 910_000,
            type: 'service.completed',
            counter: '2',
            outcome: 'received',
            ...ticket,
          },
          {
            id: 'r1',
            ts: T0 + 920_000,
            type: 'rating.submitted',
            counter: '2',
            rating: 4,
            ...ticket,
          },
        ])
      ).status,
    ).toBe(202);
    await waitUntil('the backlog to drain', backlogIsEmpty);

    expect(
      await scalar(
        `SELECT COUNT(rtt_ms) FROM link WHERE target = 'dvc-portal' AND probe = 'http' AND site = 'test-centre'`,
      ),
    ).toBe(50);
    expect(await scalar(`SELECT SUM(up) FROM link`)).toBe(50);
    const fieldKeys = await influx.query('SHOW FIELD KEYS', database);
    const types = Object.fromEntries(
      fieldKeys.results[0]!.series!.flatMap((series) =>
        series.values.map(([key, type]) => [`${series.name}.${key}`, type]),
      ),
    );
    expect(types).toMatchObject({
      'link.up': 'integer',
      'link.http_status': 'integer',
      'link.rtt_ms': 'float',
      'link.loss_pct': 'float',
      'ticket.count': 'integer',
      'ticket.ticket': 'string',
      'ticket.wait_s': 'float',
      'ticket.service_s': 'float',
      'ticket.rating': 'integer',
    });
    expect(
      await scalar(
        `SELECT wait_s FROM ticket WHERE event = 'ticket.called' AND "field" = 'chung-thuc' AND counter = '2'`,
      ),
    ).toBe(300);
    expect(await scalar(`SELECT service_s FROM ticket WHERE event = 'service.completed'`)).toBe(
      600,
    );
    expect(await scalar(`SELECT COUNT("count") FROM ticket`)).toBe(5);
  });

  it('writes an ended outage once as a link_outage point', async () => {
    collector = await startForwarding();
    const start = Date.now() - 60_000;
    const rounds = [1, 1, 0, 0, 1, 1].map((up, i) => ({
      ts: start + i * 10_000,
      site: 'test-centre',
      measurement: 'link',
      target: 'router',
      probe: 'tcp',
      fields: up ? { up, rtt_ms: 2 } : { up },
    }));
    expect((await post('/api/v1/samples', rounds)).status).toBe(202);
    await waitUntil(
      'the outage to reach InfluxDB',
      async () => (await scalar('SELECT COUNT(duration_s) FROM link_outage')) === 1,
    );
    const result = await influx.query(
      `SELECT duration_s, started_ms, cause FROM link_outage WHERE target = 'router' AND site = 'test-centre'`,
      database,
    );
    const [time, durationS, startedMs, cause] = result.results[0]!.series![0]!.values[0]!;
    expect({ time, durationS, startedMs, cause }).toEqual({
      time: start + 40_000,
      durationS: 20,
      startedMs: start + 20_000,
      cause: expect.stringMatching(/_down/) as string,
    });
    await waitUntil('the backlog to drain', backlogIsEmpty);
    expect(await scalar('SELECT COUNT(duration_s) FROM link_outage')).toBe(1);
  });

  it('loses nothing while InfluxDB is down, and duplicates nothing once it is back', async () => {
    collector = await startForwarding();
    await post('/api/v1/samples', [linkSample(0, 'warm-up')]);
    await waitUntil('the first write', backlogIsEmpty);
    await influx.stop();
    try {
      // 10,000 samples in batches that fit the test centre's 64 KiB body limit.
      for (let batch = 0; batch < 40; batch++) {
        const samples = Array.from({ length: 250 }, (_, i) =>
          linkSample(batch * 250 + i, 'gateway'),
        );
        expect((await post('/api/v1/samples', samples)).status).toBe(202);
      }
      await waitUntil('healthz to report the forwarder degraded with a backlog', async () => {
        const health = (await (await fetch(`${collector!.url}/healthz`)).json()) as {
          status: string;
          forwarder: { backlog: number; state: string };
        };
        return (
          health.status === 'degraded' &&
          health.forwarder.state === 'retrying' &&
          health.forwarder.backlog > 0
        );
      });
    } finally {
      await influx.start();
    }
    await waitUntil('the backlog to drain after the restart', backlogIsEmpty, {
      timeoutMs: 60_000,
    });
    expect(await scalar(`SELECT COUNT(up) FROM link WHERE target = 'gateway'`)).toBe(10_000);
  }, 90_000);

  it('quarantines a line InfluxDB will never accept and delivers the rest', async () => {
    collector = await startForwarding();
    // The field exists as a string in this database: a float of the same name is a type conflict.
    await influx.query(`CREATE DATABASE ${database}`);
    const write = await fetch(`${influx.url}/write?db=${database}&precision=ms`, {
      method: 'POST',
      body: `link,site=test-centre,target=odd,probe=http jitter_ms="n/a" ${T0}`,
    });
    expect(write.status).toBe(204);
    const odd = { ...linkSample(1, 'odd'), fields: { up: 1, jitter_ms: 1.5 } };
    expect((await post('/api/v1/samples', [linkSample(1), odd, linkSample(2)])).status).toBe(202);
    await waitUntil('the backlog to drain', backlogIsEmpty);
    expect(await scalar(`SELECT COUNT(rtt_ms) FROM link WHERE target = 'dvc-portal'`)).toBe(2);
    const metrics = await (await fetch(`${collector.url}/metrics`)).text();
    expect(metrics).toMatch(/^pulse_forward_quarantined_lines 1$/m);
  });
});
