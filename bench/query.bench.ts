// Query benchmark (issue 3): a week of the demo centre's link data (its 5 targets every 5 s, plus
// a sixth at 10 s) answered by GET /api/v1/series over HTTP, p50/p95 over repeated requests, as a
// ratio to GET /healthz measured the same way in the same run (the machine's own HTTP cost).
// Run: npx tsx bench/query.bench.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { quantile } from 'd3-array';
import { pino } from 'pino';
import { parseConfigText } from '../config/index.js';
import { startCollector } from '../collector/main.js';
import { Recorder, RollupJob } from '../collector/recorder/index.js';
import type { Sample } from '../contracts/sample.js';

const DAY = 86_400_000;
const NOW = Date.now();
const dataDir = mkdtempSync(join(tmpdir(), 'pulse-query-bench-'));
const targets = ['collector', 'gateway', 'dns-vnpt', 'dns-google', 'dvc-quoc-gia', 'dvc-tinh'];

// 1. A week of samples, recorded through the recorder as the probes would, then rolled up.
let started = performance.now();
const recorder = new Recorder(dataDir, () => NOW);
let rows = 0;
for (let ts = NOW - 7 * DAY; ts < NOW; ts += 60_000) {
  const batch: Sample[] = [];
  for (const [index, target] of targets.entries()) {
    const every = index === 5 ? 10_000 : 5000;
    for (let t = ts; t < ts + 60_000; t += every) {
      const down = (t / 1000) % 3600 < 60 && index > 1;
      batch.push({
        ts: t,
        site: 'demo',
        measurement: 'link',
        target,
        probe: index < 2 ? 'icmp' : 'http',
        fields: down
          ? { up: 0 }
          : { up: 1, rtt_ms: 5 + index * 10 + ((t / 5000) % 7), loss_pct: 0 },
      });
    }
  }
  recorder.recordSamples(batch);
  rows += batch.length;
}
const rollups = new RollupJob(recorder.database);
while (rollups.step(50_000) > 0);
// Storage per kind of row, to project a year: raw samples are kept 14 days, rollups 400.
recorder.database.pragma('wal_checkpoint(TRUNCATE)');
const bytesOf = (names: string[]): number =>
  (
    recorder.database
      .prepare(
        `SELECT sum(pgsize) AS bytes FROM dbstat WHERE name IN (${names.map(() => '?').join(',')})`,
      )
      .get(...names) as { bytes: number }
  ).bytes;
const rawWeekBytes = bytesOf(['samples', 'samples_by_series_time', 'samples_by_time']);
const rollupWeekBytes = bytesOf(['rollups_1m', 'rollups_by_minute']);
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
console.log(`a week: raw samples ${mb(rawWeekBytes)}, rollups ${mb(rollupWeekBytes)}`);
console.log(
  `a year at these rates (raw 14 days + rollups 365 days): ${mb(2 * rawWeekBytes + (365 / 7) * rollupWeekBytes)}`,
);
recorder.close();
console.log(
  `setup: ${rows.toLocaleString('en-US')} samples recorded and rolled up in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

// 2. The collector on that data directory, queried over HTTP.
const config = parseConfigText(
  `site: { id: demo }\nserver: { port: 0, host: 127.0.0.1, dataDir: ${JSON.stringify(dataDir)} }\nauth: { ingestToken: bench-ingest-token-01, adminToken: bench-admin-token-001 }`,
  'bench',
);
const collector = await startCollector({
  settings: { config, source: { kind: 'file', path: 'bench' } },
  logger: pino({ level: 'silent' }),
});

async function timeRequests(path: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    started = performance.now();
    const response = await fetch(collector.url + path);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const week = `from=${NOW - 7 * DAY}&to=${NOW}`;
const cases: [string, string][] = [
  ['healthz (baseline)', '/healthz'],
  ['7 d, all targets, auto step', `/api/v1/series?metric=link.rtt_ms&${week}`],
  ['7 d, one target, step 1h', `/api/v1/series?metric=link.rtt_ms&target=gateway&step=1h&${week}`],
  ['7 d, up of all targets, step 5m', `/api/v1/series?metric=link.up&step=5m&${week}`],
  ['1 h raw, all targets', `/api/v1/series?metric=link.rtt_ms&from=${NOW - 3_600_000}&to=${NOW}`],
];
let baselineP95 = 0;
for (const [name, path] of cases) {
  await timeRequests(path, 3); // warm-up
  const times = await timeRequests(path, 40);
  const p50 = quantile(times, 0.5)!;
  const p95 = quantile(times, 0.95)!;
  if (baselineP95 === 0) baselineP95 = p95;
  console.log(
    `${name.padEnd(34)} p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   p95/baseline ${(p95 / baselineP95).toFixed(1)}`,
  );
}
await collector.close();
