import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveEndpoints } from '../../../../dashboard/src/live/endpoints.js';
import { fetchOutages } from '../../../../dashboard/src/live/outages-client.js';

const T0 = Date.UTC(2026, 10, 27, 7, 0, 0);
const outage = {
  site: 'binh-xuyen',
  target: 'router',
  startedMs: T0,
  endedMs: null,
  durationS: null,
  cause: 'partial_down',
  summary: { vi: 'router không trả lời', en: 'router does not answer' },
};

// A real HTTP server on loopback and Node's own fetch, as in the browser minus the cookie jar.
let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** Serves one answer to every request and records the URLs asked for. */
async function serve(status: number, body: string): Promise<{ pageUrl: string; urls: string[] }> {
  const urls: string[] = [];
  server = createServer((request, response) => {
    urls.push(request.url ?? '');
    response.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { pageUrl: `http://127.0.0.1:${port}/`, urls };
}

async function fetchFrom(pageUrl: string) {
  return fetchOutages({
    endpoints: resolveEndpoints(pageUrl),
    fromMs: T0 - 86_400_000,
    toMs: T0 + 0.5,
    fetch: globalThis.fetch,
  });
}

describe('fetchOutages', () => {
  it('asks for the window in whole epoch ms and reads the outages, dropping bad ones', async () => {
    const { pageUrl, urls } = await serve(
      200,
      JSON.stringify({ outages: [outage, { target: 1 }] }),
    );
    expect(await fetchFrom(pageUrl)).toEqual({ ok: true, outages: [outage] });
    expect(urls).toEqual([`/api/v1/outages?from=${T0 - 86_400_000}&to=${T0 + 1}`]);
  });

  it.each([
    { status: 401, unauthorized: true },
    { status: 403, unauthorized: true },
    { status: 404, unauthorized: false },
    { status: 500, unauthorized: false },
  ])('reports a $status answer (unauthorized: $unauthorized)', async ({ status, unauthorized }) => {
    const { pageUrl } = await serve(status, '{"error":"x"}');
    const result = await fetchFrom(pageUrl);
    expect(result).toMatchObject({ ok: false, unauthorized });
    expect(!result.ok && result.problem).toContain(`answered ${status}`);
  });

  it('refuses a body without an outage list', async () => {
    const { pageUrl } = await serve(200, '{"series":[]}');
    expect(await fetchFrom(pageUrl)).toMatchObject({ ok: false, unauthorized: false });
  });
});
