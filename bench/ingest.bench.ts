// Ingest benchmark (issue 3): samples per second through POST /api/v1/samples — validated,
// recorded, fanned out to a WebSocket client and forwarded — until counted in InfluxDB 1.6.7,
// as a ratio to raw line-protocol writes into the same InfluxDB in the same run.
// Run: npx tsx bench/ingest.bench.ts [samples=200000]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { freePort } from '../tests/support/free-port.js';
import { startInfluxDb1 } from '../tests/support/time-series-servers.js';
import { waitUntil } from '../tests/support/wait.js';
import { collectorStarted, spawnCollector } from './support/collector-process.js';
import { inBatches, writeRawLines } from './support/raw-influx.js';

const TOTAL = Number(process.argv[2] ?? 200_000);
const BATCH = 5000;
const IN_FLIGHT = 2;
const LOAD = { total: TOTAL, batch: BATCH, inFlight: IN_FLIGHT };
const TARGETS = 20;
const ROUND_MS = 10_000;
// Samples as probes make them: one per target and 10-second round (the default), ending now, as
// when an agent's spool or many probes arrive at once. (One series a millisecond apart would make
// every minute hold thousands of samples, a shape no probe produces, and the rollups redo it.)
const T0 = Math.floor((Date.now() - (TOTAL / TARGETS) * ROUND_MS) / ROUND_MS) * ROUND_MS;
const timeOf = (i: number): number => T0 + Math.floor(i / TARGETS) * ROUND_MS;
const TOKEN = 'bench-ingest-token-0001';

const influx = await startInfluxDb1();
const count = async (db: string): Promise<number> => {
  const result = await influx.query('SELECT COUNT(rtt_ms) FROM link', db).catch(() => undefined);
  return (result?.results[0]?.series?.[0]?.values[0]?.[1] as number | undefined) ?? 0;
};

function sample(i: number) {
  return {
    ts: timeOf(i),
    site: 'bench',
    measurement: 'link',
    target: `t${i % TARGETS}`,
    probe: 'tcp',
    fields: { up: 1, rtt_ms: 1 + (i % 100) / 10 },
  };
}

// 1. Baseline: raw line protocol straight into InfluxDB.
await influx.query('CREATE DATABASE raw');
let started = performance.now();
await inBatches(LOAD, async (from, to) => {
  const lines = [];
  for (let i = from; i < to; i++)
    lines.push(
      `link,site=bench,target=t${i % TARGETS},probe=tcp up=1i,rtt_ms=${1 + (i % 100) / 10} ${timeOf(i)}`,
    );
  await writeRawLines(influx.url, 'raw', lines);
});
await waitUntil('raw points counted', async () => (await count('raw')) === TOTAL, {
  timeoutMs: 120_000,
  intervalMs: 50,
});
const rawSeconds = (performance.now() - started) / 1000;

// 2. Through the collector, as its own process, with one live WebSocket client reading everything.
const dataDir = mkdtempSync(join(tmpdir(), 'pulse-bench-'));
const port = await freePort();
const configFile = join(dataDir, 'bench.yaml');
writeFileSync(
  configFile,
  `site: { id: bench }
server: { port: ${port}, host: 127.0.0.1, dataDir: ${JSON.stringify(dataDir)}, bodyLimitBytes: 4194304 }
auth: { ingestToken: ${TOKEN}, adminToken: bench-admin-token-00001 }
influx: { url: "${influx.url}", api: v1, database: pulse, flushIntervalMs: 50 }
`,
);
const collector = spawnCollector(configFile);
const url = `http://127.0.0.1:${port}`;
await collectorStarted(url);
let liveMessages = 0;
const live = new WebSocket(`ws://127.0.0.1:${port}/api/v1/live`);
live.on('message', () => liveMessages++);
await new Promise((resolve) => live.once('open', resolve));

started = performance.now();
await inBatches(LOAD, async (from, to) => {
  const batch = [];
  for (let i = from; i < to; i++) batch.push(sample(i));
  const response = await fetch(`${url}/api/v1/samples`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(batch),
  });
  if (response.status !== 202)
    throw new Error(`collector: HTTP ${response.status} ${await response.text()}`);
});
const ackSeconds = (performance.now() - started) / 1000;
await waitUntil('forwarded points counted', async () => (await count('pulse')) === TOTAL, {
  timeoutMs: 300_000,
  intervalMs: 50,
});
const forwardSeconds = (performance.now() - started) / 1000;

live.close();
collector.kill('SIGTERM');
await influx.stop();

const rate = (seconds: number): string => Math.round(TOTAL / seconds).toLocaleString('en-US');
console.log(`samples: ${TOTAL}, batches of ${BATCH}, ${IN_FLIGHT} requests in flight`);
console.log(
  `raw line protocol into InfluxDB 1.6.7: ${rate(rawSeconds)} points/s (${rawSeconds.toFixed(2)} s)`,
);
console.log(
  `collector acknowledged (202):          ${rate(ackSeconds)} samples/s (${ackSeconds.toFixed(2)} s)`,
);
console.log(
  `collector → counted in InfluxDB:       ${rate(forwardSeconds)} samples/s (${forwardSeconds.toFixed(2)} s)`,
);
console.log(`live messages received by one WebSocket client: ${liveMessages}`);
console.log(`ratio end-to-end / raw: ${(rawSeconds / forwardSeconds).toFixed(2)} (goal ≥ 0.8)`);
