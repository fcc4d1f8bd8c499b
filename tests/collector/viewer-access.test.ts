import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CLOSE_UNAUTHORIZED, type LiveServerMessage } from '../../contracts/live.js';
import type { RunningCollector } from '../../collector/main.js';
import { newDataDir, startTestCollector } from '../support/collector.js';
import { LiveClient } from '../support/live-client.js';

const VIEWER = 'viewer-code-2026';
let collector: RunningCollector | undefined;
afterEach(async () => {
  await collector?.close();
  collector = undefined;
});

function closeCodeOf(url: string, headers: Record<string, string> = {}): Promise<number> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/api/v1/live`, { headers });
  return new Promise((resolve, reject) => {
    socket.once('close', (code) => resolve(code));
    socket.once('error', reject);
  });
}

async function signIn(token: string): Promise<Response> {
  return fetch(`${collector!.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
}

describe('a dashboard closed by a viewer token', () => {
  it.each([
    ['no token', {}, 401],
    ['a wrong token', { authorization: 'Bearer wrong-code' }, 403],
    ['the viewer token', { authorization: `Bearer ${VIEWER}` }, 200],
    ['the admin token', { authorization: 'Bearer test-admin-token-00001' }, 200],
    ['the ingest token', { authorization: 'Bearer test-ingest-token-0001' }, 403],
  ])('answers the API with %s by %i', async (_what, headers, status) => {
    collector = await startTestCollector(newDataDir(), { viewerToken: VIEWER });
    expect((await fetch(`${collector.url}/api/v1/queue`, { headers })).status).toBe(status);
    expect(
      (await fetch(`${collector.url}/api/v1/series?metric=link.rtt_ms`, { headers })).status,
    ).toBe(status);
  });

  it('keeps health and metrics open, since they hold no centre data', async () => {
    collector = await startTestCollector(newDataDir(), { viewerToken: VIEWER });
    expect((await fetch(`${collector.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${collector.url}/metrics`)).text()).toMatch(/pulse_live_clients/);
  });

  it('closes a live connection without the token with 4401', async () => {
    collector = await startTestCollector(newDataDir(), { viewerToken: VIEWER });
    expect(await closeCodeOf(collector.url)).toBe(CLOSE_UNAUTHORIZED);
  });

  it('trades the right code for an HttpOnly cookie that opens the API and the live stream', async () => {
    collector = await startTestCollector(newDataDir(), { viewerToken: VIEWER });
    expect((await signIn('wrong-code')).status).toBe(403);
    const response = await signIn(VIEWER);
    expect(response.status).toBe(204);
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0]!;
    expect((await fetch(`${collector.url}/api/v1/queue`, { headers: { cookie } })).status).toBe(
      200,
    );
    const client = await LiveClient.connect(collector.url, { cookie });
    const snapshot = await client.waitFor(
      (m): m is Extract<LiveServerMessage, { type: 'snapshot' }> => m.type === 'snapshot',
    );
    expect(snapshot.site).toBe('test-centre');
    client.close();
  });
});
