import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { LiveServerMessage } from '../../contracts/live.js';
import type { RunningCollector } from '../../collector/main.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../support/collector.js';
import { LiveClient } from '../support/live-client.js';
import { waitUntil } from '../support/wait.js';

let collector: RunningCollector | undefined;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await collector?.close();
  collector = undefined;
});

const T0 = Date.UTC(2026, 10, 27, 1, 0, 0);
const batch = (from: number, size: number) =>
  Array.from({ length: size }, (_, i) => ({
    ts: T0 + from + i,
    site: 'test-centre',
    measurement: 'link',
    target: 'gateway',
    probe: 'tcp',
    fields: { up: 1, rtt_ms: 1.25 },
  }));

async function post(body: unknown): Promise<number> {
  const response = await fetch(`${collector!.url}/api/v1/samples`, {
    method: 'POST',
    headers: INGEST_HEADERS,
    body: JSON.stringify(body),
  });
  return response.status;
}

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${collector!.url}/metrics`)).text();
  const values = [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))].map((m) =>
    Number(m[1]),
  );
  return values.reduce((a, b) => a + b, 0);
}

describe('the live hub', () => {
  it('serves 500 clients at once: each gets the snapshot and the next sample', async () => {
    collector = await startTestCollector(newDataDir());
    const clients = await Promise.all(
      Array.from({ length: 500 }, () => LiveClient.connect(collector!.url)),
    );
    for (const client of clients) sockets.push(client.socket);
    expect(await metric('pulse_live_clients')).toBe(500);
    expect(await post(batch(0, 1))).toBe(202);
    await Promise.all(
      clients.map((client) =>
        client.waitFor(
          (m): m is Extract<LiveServerMessage, { type: 'sample' }> => m.type === 'sample',
          15_000,
        ),
      ),
    );
    expect(clients.every((client) => client.messages[0]?.type === 'snapshot')).toBe(true);
  }, 120_000);

  /** A client that never reads: ws stops reading its socket, so the collector's buffer fills. */
  async function nonReadingClient(): Promise<{ socket: WebSocket; closed: Promise<number> }> {
    const socket = new WebSocket(`${collector!.url.replace('http', 'ws')}/api/v1/live`);
    sockets.push(socket);
    await new Promise((resolve) => socket.once('open', resolve));
    socket.pause();
    return {
      socket,
      closed: new Promise((resolve) => socket.once('close', (code) => resolve(code))),
    };
  }

  /** Posts about 20 MB of live frames: several times the kernel's socket buffers and the hub's threshold. */
  async function flood(fast: LiveClient): Promise<void> {
    for (let i = 0; i < 15; i++) expect(await post(batch(i * 10_000, 10_000))).toBe(202);
    await waitUntil(
      'the reading client to get every batch',
      () => fast.messages.filter((m) => m.type === 'samples').length === 15,
      { timeoutMs: 60_000 },
    );
  }

  it('skips a client that stops reading, and the others get everything', async () => {
    collector = await startTestCollector(newDataDir(), { bodyLimitBytes: 4 * 1024 * 1024 });
    await nonReadingClient();
    const fast = await LiveClient.connect(collector.url);
    sockets.push(fast.socket);
    await flood(fast);
    expect(await metric('pulse_live_messages_dropped_total')).toBeGreaterThan(0);
    expect(await post(batch(999_000, 1))).toBe(202);
  }, 120_000);

  it('disconnects a client that stops reading within two pings', async () => {
    collector = await startTestCollector(newDataDir(), {
      bodyLimitBytes: 4 * 1024 * 1024,
      livePingSeconds: 2,
    });
    const slow = await nonReadingClient();
    const fast = await LiveClient.connect(collector.url);
    sockets.push(fast.socket);
    await flood(fast);
    await waitUntil(
      'the slow client to be disconnected',
      async () => (await metric('pulse_live_clients')) === 1,
      { timeoutMs: 30_000 },
    );
    slow.socket.terminate();
    expect([1006, 4008]).toContain(await slow.closed);
  }, 120_000);

  it('answers every route with no, wrong and right tokens as the design says', async () => {
    collector = await startTestCollector(newDataDir(), { viewerToken: 'viewer-code-2026' });
    const tokens = {
      none: undefined,
      wrong: 'wrong-token-123456',
      viewer: 'viewer-code-2026',
      ingest: 'test-ingest-token-0001',
      admin: 'test-admin-token-00001',
    };
    const routes: {
      method: string;
      path: string;
      body?: string;
      allowed: (keyof typeof tokens)[];
    }[] = [
      { method: 'GET', path: '/healthz', allowed: ['none', 'wrong', 'viewer', 'ingest', 'admin'] },
      { method: 'GET', path: '/metrics', allowed: ['none', 'wrong', 'viewer', 'ingest', 'admin'] },
      {
        method: 'POST',
        path: '/api/v1/samples',
        body: JSON.stringify(batch(0, 1)),
        allowed: ['ingest', 'admin'],
      },
      {
        method: 'POST',
        path: '/api/v1/events',
        body: '[{"id":"x1","ts":1795741200000,"site":"a","type":"counter.opened","counter":"1"}]',
        allowed: ['ingest', 'admin'],
      },
      { method: 'GET', path: '/api/v1/series?metric=link.rtt_ms', allowed: ['viewer', 'admin'] },
      { method: 'GET', path: '/api/v1/queue', allowed: ['viewer', 'admin'] },
      { method: 'GET', path: '/api/v1/outages', allowed: ['viewer', 'admin'] },
      { method: 'GET', path: '/api/v1/export/grafana', allowed: ['admin'] },
    ];
    const table: string[] = [];
    for (const route of routes) {
      for (const [name, token] of Object.entries(tokens) as [
        keyof typeof tokens,
        string | undefined,
      ][]) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (token) headers.authorization = `Bearer ${token}`;
        const response = await fetch(collector.url + route.path, {
          method: route.method,
          headers,
          body: route.body,
        });
        const expected = route.allowed.includes(name) ? 'ok' : token ? 403 : 401;
        const got = response.status < 300 ? 'ok' : response.status;
        if (got !== expected)
          table.push(`${route.method} ${route.path} with ${name}: ${got}, expected ${expected}`);
      }
    }
    expect(table).toEqual([]);
  });
});
