import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tcpProbe } from '../../probes/tcp.js';

let server: Server;
let openPort: number;
let closedPort: number;

beforeAll(async () => {
  server = createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  openPort = (server.address() as AddressInfo).port;
  // A port that was free a moment ago and is closed now: connections to it are refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('tcp probe', () => {
  it('reports a listening port as up with its connect time', async () => {
    const { fields } = await tcpProbe.measure({
      id: 'x',
      url: new URL(`tcp://127.0.0.1:${openPort}`),
      timeoutMs: 2000,
    });
    expect(fields.up).toBe(1);
    expect(fields.rtt_ms).toBeGreaterThan(0);
    expect(fields.rtt_ms).toBeLessThan(2000);
  });

  it('reports a refused connection as down, not as an error', async () => {
    const { fields, detail } = await tcpProbe.measure({
      id: 'x',
      url: new URL(`tcp://127.0.0.1:${closedPort}`),
      timeoutMs: 2000,
    });
    expect(fields).toEqual({ up: 0 });
    expect(detail).toMatch(/connection refused/);
  });
});
