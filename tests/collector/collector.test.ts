import { afterEach, describe, expect, it } from 'vitest';
import type { SeriesResponse } from '../../contracts/api.js';
import type { LiveServerMessage } from '../../contracts/live.js';
import type { RunningCollector } from '../../collector/main.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../support/collector.js';
import { LiveClient } from '../support/live-client.js';

const running: RunningCollector[] = [];
const clients: LiveClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const collector of running.splice(0)) await collector.close();
});

async function start(dataDir: string): Promise<RunningCollector> {
  const collector = await startTestCollector(dataDir);
  running.push(collector);
  return collector;
}

async function connect(
  collector: RunningCollector,
  headers?: Record<string, string>,
): Promise<LiveClient> {
  const client = await LiveClient.connect(collector.url, headers);
  clients.push(client);
  return client;
}

function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = INGEST_HEADERS,
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const sample = {
  ts: Date.UTC(2026, 10, 27, 7, 5, 0),
  site: 'test-centre',
  measurement: 'link',
  target: 'dvc-portal',
  probe: 'http',
  fields: { up: 1, rtt_ms: 42.1, http_status: 200 },
};

describe('the path from a posted sample to the dashboard', () => {
  it('streams a posted sample to a WebSocket client and still serves it after a restart', async () => {
    const dataDir = newDataDir();
    const first = await start(dataDir);
    const client = await connect(first);
    await client.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'snapshot' }> => m.type === 'snapshot',
    );

    const response = await postJson(`${first.url}/api/v1/samples`, [sample]);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: 1 });
    const live = await client.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'sample' }> =>
        m.type === 'sample' && m.sample.target === 'dvc-portal',
    );
    expect(live.sample.fields.rtt_ms).toBe(42.1);

    client.close();
    await first.close();
    running.splice(running.indexOf(first), 1);

    const second = await start(dataDir);
    const query = new URLSearchParams({
      metric: 'link.rtt_ms',
      target: 'dvc-portal',
      from: String(sample.ts - 60_000),
      to: new Date(sample.ts + 60_000).toISOString(),
    });
    const series = (await (
      await fetch(`${second.url}/api/v1/series?${query}`)
    ).json()) as SeriesResponse;
    expect(series.series).toEqual([
      {
        labels: {
          site: 'test-centre',
          measurement: 'link',
          target: 'dvc-portal',
          probe: 'http',
          field: 'rtt_ms',
        },
        points: [[sample.ts, 42.1]],
      },
    ]);
    const reconnected = await connect(second);
    const snapshot = await reconnected.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'snapshot' }> => m.type === 'snapshot',
    );
    expect(snapshot.latest).toContainEqual(sample);
  });

  it('streams a posted batch as one frame', async () => {
    const collector = await start(newDataDir());
    const client = await connect(collector);
    const batch = [1, 2, 3].map((i) => ({ ...sample, ts: sample.ts + i * 1000 }));
    expect((await postJson(`${collector.url}/api/v1/samples`, batch)).status).toBe(202);
    const frame = await client.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'samples' }> => m.type === 'samples',
    );
    expect(frame.samples.map((s) => s.ts)).toEqual(batch.map((s) => s.ts));
  });

  it('folds posted events into the live queue, once per id', async () => {
    const collector = await start(newDataDir());
    const client = await connect(collector);
    const ts = Date.now();
    const events = [
      {
        id: 'e1',
        ts,
        site: 'test-centre',
        type: 'ticket.issued',
        ticket: 'A001',
        field: 'tu-phap-ho-tich',
      },
      {
        id: 'e2',
        ts: ts + 1000,
        site: 'test-centre',
        type: 'ticket.issued',
        ticket: 'A002',
        field: 'tu-phap-ho-tich',
      },
      {
        id: 'e3',
        ts: ts + 2000,
        site: 'test-centre',
        type: 'ticket.called',
        ticket: 'A001',
        counter: '1',
      },
    ];
    const first = await postJson(`${collector.url}/api/v1/events`, events);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ accepted: 3, duplicates: 0 });
    const again = await postJson(`${collector.url}/api/v1/events`, events.slice(0, 2));
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 2 });

    const state = await client.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'state' }> =>
        m.type === 'state' && m.queue.site === 'test-centre' && m.queue.totals.serving === 1,
    );
    expect(state.queue.totals).toMatchObject({ waiting: 1, serving: 1, issuedToday: 2 });
    expect(state.queue.counters.find((c) => c.counter === '1')).toMatchObject({
      state: 'serving',
      ticket: 'A001',
    });
    const queue = (await (await fetch(`${collector.url}/api/v1/queue`)).json()) as {
      queues: { site: string; totals: { waiting: number } }[];
    };
    expect(queue.queues.find((q) => q.site === 'test-centre')?.totals.waiting).toBe(1);
  });
});

describe('bad input', () => {
  it.each([
    ['no token', 401, {}],
    ['a wrong token', 403, { authorization: 'Bearer not-the-right-token' }],
    ['the admin token', 202, { authorization: 'Bearer test-admin-token-00001' }],
  ])('answers a write with %s with %i', async (_what, status, auth) => {
    const collector = await start(newDataDir());
    const response = await postJson(`${collector.url}/api/v1/samples`, [sample], {
      'content-type': 'application/json',
      ...auth,
    });
    expect(response.status).toBe(status);
    if (status !== 202)
      expect(((await response.json()) as { error: string }).error).toMatch(/Authorization: Bearer/);
  });

  it('locates every problem of a rejected batch and records none of it', async () => {
    const collector = await start(newDataDir());
    const response = await postJson(`${collector.url}/api/v1/samples`, [
      { ...sample, target: 'ok-target' },
      { ...sample, site: 'Bad Site', fields: { rtt_ms: 'fast' } },
      { ...sample, ts: 1764225062 },
    ]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: string;
      details: { path: string; message: string }[];
    };
    expect(body.error).toMatch(/nothing was recorded/);
    expect(body.details.map((d) => d.path)).toEqual(['[1].site', '[1].fields.rtt_ms', '[2].ts']);
    expect(body.details[2]!.message).toMatch(/not seconds/);
    const series = (await (
      await fetch(
        `${collector.url}/api/v1/series?metric=link.rtt_ms&target=ok-target&from=${sample.ts - 1000}&to=${sample.ts + 1000}`,
      )
    ).json()) as SeriesResponse;
    expect(series.series).toEqual([]);
  });

  it.each([
    ['malformed JSON', 400, '[{"ts": 1,', /not valid JSON/],
    ['an object instead of an array', 400, '{"ts": 1}', /JSON array/],
    ['an empty array', 400, '[]', /at least one/],
  ])('answers %s with %i', async (_what, status, body, message) => {
    const collector = await start(newDataDir());
    const response = await postJson(`${collector.url}/api/v1/samples`, body);
    expect(response.status).toBe(status);
    // The message may sit in `error` or in the located `details`: the client sees both.
    expect(JSON.stringify(await response.json())).toMatch(message);
  });

  it('answers a body over the limit with 413 and a wrong content type with 415', async () => {
    const collector = await start(newDataDir());
    const huge = JSON.stringify(Array.from({ length: 2000 }, () => sample));
    expect((await postJson(`${collector.url}/api/v1/samples`, huge)).status).toBe(413);
    const form = await postJson(`${collector.url}/api/v1/samples`, 'a=1', {
      ...INGEST_HEADERS,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    // The collector is still there and accepts good batches.
    expect((await postJson(`${collector.url}/api/v1/samples`, [sample])).status).toBe(202);
  });

  it('limits write requests per address and says what to do, with Retry-After', async () => {
    const collector = await startTestCollector(newDataDir(), {
      configure: (config) => (config.server.ingestRequestsPerMinute = 3),
    });
    running.push(collector);
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await postJson(`${collector.url}/api/v1/samples`, [sample])).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    const limited = await postJson(`${collector.url}/api/v1/samples`, [sample]);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(((await limited.json()) as { error: string }).error).toMatch(/larger batches/);
    // Reading is not limited by the write limit.
    expect((await fetch(`${collector.url}/api/v1/queue`)).status).toBe(200);
  });

  it('behind a trusted proxy, limits each client address on its own', async () => {
    const collector = await startTestCollector(newDataDir(), {
      configure: (config) => {
        config.server.ingestRequestsPerMinute = 1;
        config.server.trustedProxyHops = 1;
      },
    });
    running.push(collector);
    const from = (address: string) =>
      postJson(`${collector.url}/api/v1/samples`, [sample], {
        ...INGEST_HEADERS,
        'x-forwarded-for': address,
      });
    expect((await from('10.0.0.1')).status).toBe(202);
    expect((await from('10.0.0.2')).status).toBe(202);
    expect((await from('10.0.0.1')).status).toBe(429);
  });

  it('rejects bad series queries with the parameter at fault', async () => {
    const collector = await start(newDataDir());
    const response = await fetch(`${collector.url}/api/v1/series?metric=rtt&step=fast`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { details: { path: string }[] };
    expect(body.details.map((d) => d.path).sort()).toEqual(['metric', 'step']);
  });

  it('refuses a cross-origin WebSocket and answers a bad subscribe with an error message', async () => {
    const collector = await start(newDataDir());
    await expect(
      LiveClient.connect(collector.url, { origin: 'http://evil.example' }),
    ).rejects.toThrow(/403/);
    const client = await connect(collector);
    client.socket.send('{"type":"subscribe","topics":["nope"]}');
    const error = await client.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'error' }> => m.type === 'error',
    );
    expect(error.error).toMatch(/subscribe/);
  });
});

describe('health', () => {
  it('reports the recorder as ok', async () => {
    const collector = await start(newDataDir());
    const response = await fetch(`${collector.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', recorder: 'ok' });
  });
});
