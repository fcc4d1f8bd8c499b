import { once } from 'node:events';
import { connect, createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createIfaceProbe } from '../../../probes/iface/iface-probe.js';

const lo = { id: 'lan-lo', url: new URL('iface://lo'), timeoutMs: 1000 };

function procText(loRxBytes: number, loTxBytes: number): string {
  return `Inter-|   Receive |  Transmit\n face |bytes packets|bytes\n    lo: ${loRxBytes} 1 0 0 0 0 0 0 ${loTxBytes} 1 0 0 0 0 0 0\n`;
}

describe('iface probe', () => {
  it('belongs to the iface measurement and takes a baseline first', () => {
    const probe = createIfaceProbe();
    expect(probe).toMatchObject({ kind: 'iface', measurement: 'iface', needsBaseline: true });
  });

  it('gives rates from the second round, per instance', async () => {
    const texts = [procText(0, 0), procText(125_000, 250_000)];
    const times = [0, 1000];
    const probe = createIfaceProbe({
      readCounters: () => Promise.resolve(texts.shift()!),
      nowMs: () => times.shift()!,
    });
    expect((await probe.measure(lo)).fields).toEqual({ up: 1 });
    expect((await probe.measure(lo)).fields).toEqual({
      up: 1,
      rx_bps: 1_000_000,
      tx_bps: 2_000_000,
      rx_errors: 0,
      tx_errors: 0,
    });
  });

  it('reads the real /proc/net/dev of lo: 1 MiB sent over loopback shows in the rates', async () => {
    // Real counters, a fixed clock: the two readings count as one second apart.
    const times = [0, 1000];
    const probe = createIfaceProbe({ nowMs: () => times.shift()! });
    expect((await probe.measure(lo)).fields).toEqual({ up: 1 });
    await sendOverLoopback(1024 * 1024);
    const { fields } = await probe.measure(lo);
    expect(fields.up).toBe(1);
    // Other loopback traffic of this machine only adds to it.
    expect(fields.rx_bps).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    expect(fields.tx_bps).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    expect(fields.rx_errors).toBe(0);
  });

  it('names the interfaces there are when the target is not one of them', async () => {
    const result = await createIfaceProbe().measure({ ...lo, url: new URL('iface://eth9') });
    expect(result.fields).toEqual({ up: 0 });
    expect(result.detail).toMatch(/no interface "eth9".*\blo\b/);
  });
});

/** Sends `bytes` over a TCP connection on 127.0.0.1 and resolves once all have arrived. */
async function sendOverLoopback(bytes: number): Promise<void> {
  let received = 0;
  let allArrived!: () => void;
  const arrived = new Promise<void>((resolve) => (allArrived = resolve));
  const server = createServer((socket) =>
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= bytes) allArrived();
    }),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
  client.end(Buffer.alloc(bytes));
  await arrived;
  client.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
