/**
 * A test tool: a Node process run inside a test's network namespace (`ip netns exec NS node
 * --import tsx tests/support/netns-worker.ts`), since a process cannot move itself between
 * namespaces. It runs the real probes (the probing side) or test servers (the target side) there,
 * on request. Protocol: one JSON request a line on stdin, `{id, op, ...}`; one JSON answer a line
 * on stdout, `{id, ok, ...}` (or `{id, ok: false, error}`); and, while a monitor runs, unsolicited
 * `{event: 'sample', sample}` lines as each round ends. It exits when stdin closes.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server } from 'node:net';
import { createInterface } from 'node:readline';
import { createIcmpProbe } from '../../probes/icmp/index.js';
import { probeForUrl, ProbeScheduler, type Probe, type ProbeTarget } from '../../probes/index.js';
import { startTestDnsServer, type TestDnsServer } from './dns-server.js';

/** One target to probe: its URL, timeout, and the icmp round's shape when it is icmp. */
export interface WorkerTarget {
  id: string;
  url: string;
  timeoutMs: number;
  /** Echo requests per icmp round. */
  count?: number;
  /** Time between two echo requests of an icmp round, in ms. */
  periodMs?: number;
  /** Seconds between rounds, for `monitor`. */
  intervalSeconds?: number;
}

/** Requests the worker answers. */
export type WorkerRequest =
  | { op: 'measure'; target: WorkerTarget; repeat?: number }
  | { op: 'monitor'; site: string; targets: WorkerTarget[] }
  | { op: 'stop-monitor' }
  | { op: 'listen-tcp'; host: string; port: number }
  | { op: 'serve-http'; host: string; port: number }
  | { op: 'serve-dns'; host: string; port: number; records: Record<string, string[]> };

function probeOf(target: WorkerTarget): Probe {
  const url = new URL(target.url);
  if (url.protocol === 'icmp:') {
    return createIcmpProbe({
      ...(target.count === undefined ? {} : { count: target.count }),
      ...(target.periodMs === undefined ? {} : { periodMs: target.periodMs }),
    });
  }
  const probe = probeForUrl(url);
  if (!probe) throw new Error(`no probe for ${target.url}`);
  return probe;
}

const probeTarget = (target: WorkerTarget): ProbeTarget => ({
  id: target.id,
  url: new URL(target.url),
  timeoutMs: target.timeoutMs,
});

const servers: Array<Server | HttpServer> = [];
const dnsServers: TestDnsServer[] = [];
let scheduler: ProbeScheduler | undefined;

function write(message: unknown): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function listen(server: Server | HttpServer, host: string, port: number): Promise<number> {
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

async function handle(request: WorkerRequest): Promise<Record<string, unknown>> {
  switch (request.op) {
    case 'measure': {
      // One probe instance for the repeats, as the scheduler keeps one per target.
      const probe = probeOf(request.target);
      const results = [];
      for (let index = 0; index < (request.repeat ?? 1); index += 1)
        results.push(await probe.measure(probeTarget(request.target)));
      return { results };
    }
    case 'monitor': {
      scheduler?.stop();
      scheduler = new ProbeScheduler({
        site: request.site,
        targets: request.targets.map((target) => ({
          target: probeTarget(target),
          probe: probeOf(target),
          intervalSeconds: target.intervalSeconds ?? 1,
        })),
        onSample: (sample) => write({ event: 'sample', sample }),
        onError: (target, error) => write({ event: 'error', target, error: String(error) }),
      });
      scheduler.start();
      return {};
    }
    case 'stop-monitor':
      scheduler?.stop();
      scheduler = undefined;
      return {};
    case 'listen-tcp': {
      // Accepts and closes: the tcp probe only times the handshake.
      const server = createTcpServer((socket) => socket.destroy());
      return { port: await listen(server, request.host, request.port) };
    }
    case 'serve-http': {
      const server = createHttpServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain', connection: 'close' });
        response.end('ok\n');
      });
      return { port: await listen(server, request.host, request.port) };
    }
    case 'serve-dns': {
      const dns = await startTestDnsServer(request.records, [], {
        host: request.host,
        port: request.port,
      });
      dnsServers.push(dns);
      return { port: dns.port };
    }
  }
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === '') return;
  const { id, ...request } = JSON.parse(line) as WorkerRequest & { id: number };
  handle(request as WorkerRequest).then(
    (answer) => write({ id, ok: true, ...answer }),
    (error: unknown) => write({ id, ok: false, error: String(error) }),
  );
});
lines.on('close', () => {
  scheduler?.stop();
  for (const server of servers) server.close();
  void Promise.all(dnsServers.map((dns) => dns.close())).then(() => process.exit(0));
});
