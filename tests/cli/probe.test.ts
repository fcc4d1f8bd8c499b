import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.js';
import type { ProbeReport } from '../../cli/probe.js';
import { startTestDnsServer, type TestDnsServer } from '../support/dns-server.js';

let tcpServer: Server;
let openPort: number;
let closedPort: number;
let dnsServer: TestDnsServer;

beforeAll(async () => {
  tcpServer = createServer((socket) => socket.end());
  await new Promise<void>((resolve) => tcpServer.listen(0, '127.0.0.1', resolve));
  openPort = (tcpServer.address() as AddressInfo).port;
  // A port that was free a moment ago and is closed now: connections to it are refused.
  const gone = createServer();
  await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
  closedPort = (gone.address() as AddressInfo).port;
  await new Promise<void>((resolve) => gone.close(() => resolve()));
  dnsServer = await startTestDnsServer({ 'dichvucong.gov.vn': ['203.162.0.10'] });
});
afterAll(async () => {
  await dnsServer.close();
  await new Promise<void>((resolve) => tcpServer.close(() => resolve()));
});
afterEach(() => vi.restoreAllMocks());

/** Runs the CLI and gives back its exit code and what it printed on stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  const code = await main(['probe', ...args], {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('onestop-pulse probe', () => {
  it('prints JSON with the field names of the samples and exits 0 when every target is up', async () => {
    const { code, out } = await run([
      'icmp://127.0.0.1',
      `tcp://127.0.0.1:${openPort}`,
      `dns://127.0.0.1:${dnsServer.port}/dichvucong.gov.vn`,
      '--count',
      '3',
      '--json',
    ]);
    expect(code).toBe(0);
    const reports = JSON.parse(out) as ProbeReport[];
    expect(reports.map((r) => [r.probe, r.measurement, r.fields.up])).toEqual([
      ['icmp', 'link', 1],
      ['tcp', 'link', 1],
      ['dns', 'link', 1],
    ]);
    expect(reports[0]!.fields).toMatchObject({ loss_pct: 0, sent: 3, received: 3 });
    expect(Object.keys(reports[0]!.fields)).toEqual(
      expect.arrayContaining(['rtt_ms', 'rtt_min_ms', 'rtt_max_ms', 'jitter_ms', 'loss_pct']),
    );
    expect(reports[0]!.distribution_ms).toHaveLength(3);
    expect(reports[2]!.fields).toMatchObject({ answers: 1 });
  });

  it('prints a table that says up and DOWN in plain words, and exits 1 when one is down', async () => {
    const { code, out } = await run([
      'icmp://127.0.0.1',
      `tcp://127.0.0.1:${closedPort}`,
      '--count',
      '2',
    ]);
    expect(code).toBe(1);
    const [header, icmp, tcp] = out.split('\n');
    expect(header).toMatch(/^TARGET\s+KIND\s+STATE\s+LATENCY\s+LOSS\s+JITTER\s+DETAILS$/);
    expect(icmp).toMatch(
      /^icmp:\/\/127\.0\.0\.1\s+icmp\s+up\s+[\d.]+ ms\s+0 %\s+[\d.]+ ms\s+2\/2 replies/,
    );
    expect(tcp).toMatch(/\btcp\s+DOWN\b.*connection refused/);
  });

  it.each([
    ['an unknown scheme', ['ftp://files.example'], /no probe for ftp:\/\/ targets.*icmp:\/\/HOST/],
    ['a bare host name', ['8.8.8.8'], /not a URL.*tcp:\/\/HOST:PORT/],
    ['a tcp target without a port', ['tcp://192.168.1.1'], /needs a port/],
    [
      'a count that is not a number',
      ['icmp://127.0.0.1', '--count', 'ten'],
      /--count must be a whole number/,
    ],
    ['no target at all', [], /missing required argument/],
    ['an unknown option', ['icmp://127.0.0.1', '--colour'], /unknown option/],
  ])('exits 2 for %s, saying what a valid command looks like', async (_what, args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
