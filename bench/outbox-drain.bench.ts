// Outbox drain benchmark (issue 3): a backlog of N points recorded while InfluxDB was away, then
// a collector started with forwarding to InfluxDB 1.6.7: time until COUNT sees every point, as a
// ratio to raw line-protocol writes of the same points into the same InfluxDB in the same run.
// Run: npx tsx bench/outbox-drain.bench.ts [points=1000000]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Recorder } from '../collector/recorder/index.js';
import type { Sample } from '../contracts/sample.js';
import { freePort } from '../tests/support/free-port.js';
import { startInfluxDb1 } from '../tests/support/time-series-servers.js';
import { waitUntil } from '../tests/support/wait.js';
import { spawnCollector } from './support/collector-process.js';
import { inBatches, writeRawLines } from './support/raw-influx.js';

const POINTS = Number(process.argv[2] ?? 1_000_000);
const BATCH = 5000;
const T0 = Date.UTC(2026, 10, 20);
const influx = await startInfluxDb1();
const count = async (db: string): Promise<number> => {
  const result = await influx.query('SELECT COUNT(rtt_ms) FROM link', db).catch(() => undefined);
  return (result?.results[0]?.series?.[0]?.values[0]?.[1] as number | undefined) ?? 0;
};
const target = (i: number): string => `t${i % 50}`;

// 1. Baseline: raw line protocol, 5,000-line batches, 2 in flight.
await influx.query('CREATE DATABASE raw');
let started = performance.now();
await inBatches({ total: POINTS, batch: BATCH }, async (from, to) => {
  const lines = [];
  for (let i = from; i < to; i++) {
    lines.push(
      `link,site=bench,target=${target(i)},probe=tcp up=1i,rtt_ms=${1 + (i % 100) / 10} ${T0 + i}`,
    );
  }
  await writeRawLines(influx.url, 'raw', lines);
});
await waitUntil('raw points counted', async () => (await count('raw')) === POINTS, {
  timeoutMs: 600_000,
  intervalMs: 100,
});
const rawSeconds = (performance.now() - started) / 1000;

// 2. The backlog: recorded straight into a collector's data directory, none delivered yet.
const dataDir = mkdtempSync(join(tmpdir(), 'pulse-drain-bench-'));
const recorder = new Recorder(dataDir);
for (let from = 0; from < POINTS; from += BATCH) {
  const batch: Sample[] = [];
  for (let i = from; i < Math.min(POINTS, from + BATCH); i++) {
    batch.push({
      ts: T0 + i,
      site: 'bench',
      measurement: 'link',
      target: target(i),
      probe: 'tcp',
      fields: { up: 1, rtt_ms: 1 + (i % 100) / 10 },
    });
  }
  recorder.recordSamples(batch);
}
recorder.close();

// 3. The collector drains it.
const port = await freePort();
const configFile = join(dataDir, 'bench.yaml');
writeFileSync(
  configFile,
  `site: { id: bench }\nserver: { port: ${port}, host: 127.0.0.1, dataDir: ${JSON.stringify(dataDir)} }\nauth: { ingestToken: bench-ingest-token-0001, adminToken: bench-admin-token-00001 }\ninflux: { url: "${influx.url}", api: v1, database: pulse, flushIntervalMs: 50 }\n`,
);
started = performance.now();
const collector = spawnCollector(configFile);
await waitUntil(
  'the backlog to be counted in InfluxDB',
  async () => (await count('pulse')) === POINTS,
  {
    timeoutMs: 1_800_000,
    intervalMs: 250,
  },
);
const drainSeconds = (performance.now() - started) / 1000;
collector.kill('SIGTERM');
await influx.stop();

console.log(`backlog: ${POINTS.toLocaleString('en-US')} points`);
console.log(
  `raw line protocol:     ${rawSeconds.toFixed(1)} s (${Math.round(POINTS / rawSeconds).toLocaleString('en-US')} points/s)`,
);
console.log(
  `collector drain:       ${drainSeconds.toFixed(1)} s (${Math.round(POINTS / drainSeconds).toLocaleString('en-US')} points/s, start-up included)`,
);
console.log(`ratio raw / drain time: ${(rawSeconds / drainSeconds).toFixed(2)}`);
