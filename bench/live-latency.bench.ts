// Live latency benchmark (issue 3): time from the 202 acknowledging a posted sample to its arrival
// at each of 1,000 WebSocket clients, p50 and p99, and the collector's RSS, with the collector as
// its own process. The collector answers 202 once the sample is on disk, then fans it out; the
// time from the POST's send (which adds the JSON parse and the disk's fsync) is printed too.
// Baseline in the same run: the POST's own round trip.
// The first WARM_UP posts (JIT compilation of the send path in both processes) are not counted.
// Run: npx tsx bench/live-latency.bench.ts [clients=1000] [posts=100]
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { quantile } from 'd3-array';
import { freePort } from '../tests/support/free-port.js';
import { waitUntil } from '../tests/support/wait.js';
import { collectorStarted, spawnCollector } from './support/collector-process.js';

const CLIENTS = Number(process.argv[2] ?? 1000);
const POSTS = Number(process.argv[3] ?? 100);
const WARM_UP = 5;
const TOKEN = 'bench-ingest-token-0001';

const dataDir = mkdtempSync(join(tmpdir(), 'pulse-live-bench-'));
const port = await freePort();
const configFile = join(dataDir, 'bench.yaml');
writeFileSync(
  configFile,
  `site: { id: bench }\nserver: { port: ${port}, host: 127.0.0.1, dataDir: ${JSON.stringify(dataDir)} }\nauth: { ingestToken: ${TOKEN}, adminToken: bench-admin-token-00001 }\n`,
);
const collector = spawnCollector(configFile);
const url = `http://127.0.0.1:${port}`;
await collectorStarted(url);

// Clients in worker threads (their own event loops), so that reading 1,000 frames does not
// delay the posting thread; times are absolute (timeOrigin + now), comparable across threads.
const now = (): number => performance.timeOrigin + performance.now();
const WORKERS = 4;
const workerCode = `
  const { parentPort, workerData } = require('node:worker_threads');
  const { WebSocket } = require(workerData.wsPath);
  const { performance } = require('node:perf_hooks');
  let open = 0;
  for (let i = 0; i < workerData.clients; i++) {
    const socket = new WebSocket(workerData.url);
    socket.on('open', () => { if (++open === workerData.clients) parentPort.postMessage({ ready: true }); });
    socket.on('message', (data) => {
      const at = performance.timeOrigin + performance.now();
      const text = data.toString();
      if (!text.includes('"marker"')) return;
      const message = JSON.parse(text);
      parentPort.postMessage({ marker: message.sample.fields.marker, at });
    });
  }
`;
const { Worker } = await import('node:worker_threads');
const { createRequire } = await import('node:module');
const wsPath = createRequire(import.meta.url).resolve('ws');
const arrivals = new Map<number, number[]>();
const workers = Array.from({ length: WORKERS }, () => {
  const worker = new Worker(workerCode, {
    eval: true,
    workerData: { url: `ws://127.0.0.1:${port}/api/v1/live`, clients: CLIENTS / WORKERS, wsPath },
  });
  worker.on('message', (message: { marker?: number; at?: number }) => {
    if (message.marker !== undefined) arrivals.get(message.marker)?.push(message.at!);
  });
  return worker;
});
await Promise.all(
  workers.map((worker) => new Promise((resolve) => worker.once('message', resolve))),
);

const latencies: number[] = [];
const fromSend: number[] = [];
const roundTrips: number[] = [];
for (let marker = 1; marker <= WARM_UP + POSTS; marker++) {
  arrivals.set(marker, []);
  const sample = {
    ts: Date.now(),
    site: 'bench',
    measurement: 'link',
    target: 'gw',
    probe: 'tcp',
    fields: { up: 1, rtt_ms: 1, marker },
  };
  const sent = now();
  const response = await fetch(`${url}/api/v1/samples`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify([sample]),
  });
  const acknowledged = now();
  if (response.status !== 202) throw new Error(`HTTP ${response.status}`);
  await waitUntil(
    'every client to get the sample',
    () => arrivals.get(marker)!.length === CLIENTS,
    { intervalMs: 5 },
  );
  if (marker <= WARM_UP) continue;
  roundTrips.push(acknowledged - sent);
  for (const at of arrivals.get(marker)!) {
    latencies.push(at - acknowledged);
    fromSend.push(at - sent);
  }
}
const rssMb =
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${collector.pid}/status`, 'utf8'))![1]) / 1024;
await Promise.all(workers.map((worker) => worker.terminate()));
collector.kill('SIGTERM');

latencies.sort((a, b) => a - b);
fromSend.sort((a, b) => a - b);
roundTrips.sort((a, b) => a - b);
console.log(
  `${CLIENTS} WebSocket clients, ${POSTS} samples posted one at a time (after ${WARM_UP} not counted)`,
);
console.log(
  `POST round trip (baseline): p50 ${quantile(roundTrips, 0.5)!.toFixed(1)} ms, p99 ${quantile(roundTrips, 0.99)!.toFixed(1)} ms`,
);
console.log(
  `202 received → arrival at a client: p50 ${quantile(latencies, 0.5)!.toFixed(1)} ms, p99 ${quantile(latencies, 0.99)!.toFixed(1)} ms (goal p99 ≤ 50 ms)`,
);
console.log(
  `POST sent → arrival at a client:    p50 ${quantile(fromSend, 0.5)!.toFixed(1)} ms, p99 ${quantile(fromSend, 0.99)!.toFixed(1)} ms`,
);
console.log(`collector RSS: ${rssMb.toFixed(0)} MB (goal ≤ 200 MB)`);
