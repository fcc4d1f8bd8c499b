import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpProbe } from '../../probes/http.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/ok') response.end('Cổng Dịch vụ công');
    else if (request.url === '/maintenance') response.writeHead(503).end('bảo trì');
    else if (request.url === '/missing') response.writeHead(404).end();
    else if (request.url === '/notice') response.end('<h1>Hệ thống đang bảo trì</h1>');
    // '/silent': accept and never answer, as an overloaded portal does.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const measure = async (path: string, timeoutMs = 2000) =>
  (await httpProbe.measure({ id: 'portal', url: new URL(base + path), timeoutMs })).fields;

describe('http probe', () => {
  it('times each phase of a good answer, and the phases add up', async () => {
    const fields = await measure('/ok');
    expect(fields).toMatchObject({ up: 1, http_status: 200 });
    expect(fields.dns_ms).toBeGreaterThanOrEqual(0);
    expect(fields.rtt_ms).toBe(fields.connect_ms);
    expect(fields.ttfb_ms).toBeGreaterThanOrEqual(fields.dns_ms! + fields.connect_ms!);
    expect(fields.total_ms).toBeGreaterThanOrEqual(fields.ttfb_ms!);
  });

  it.each([
    ['/maintenance', 503, 0],
    ['/missing', 404, 1],
  ])('reports %s (HTTP %i) with up = %i', async (path, status, up) => {
    expect(await measure(path)).toMatchObject({ up, http_status: status });
  });

  it.each([
    ['/ok', { status: [200] }, 1, undefined],
    ['/missing', { status: [200, 301] }, 0, undefined],
    ['/ok', { keyword: 'Dịch vụ công' }, 1, 1],
    ['/notice', { keyword: 'Dịch vụ công' }, 0, 0],
  ])('checks %s against %o: up %i', async (path, expect_, up, keywordFound) => {
    const result = await httpProbe.measure({
      id: 'portal',
      url: new URL(base + path),
      timeoutMs: 2000,
      expect: expect_,
    });
    expect(result.fields.up).toBe(up);
    expect(result.fields.keyword_found).toBe(keywordFound);
    if (!up) expect(result.detail).toMatch(/HTTP 404|does not contain/);
  });

  it('reports a portal that never answers as down after the timeout', async () => {
    const fields = await measure('/silent', 300);
    expect(fields.up).toBe(0);
    expect(fields.http_status).toBeUndefined();
  });
});
