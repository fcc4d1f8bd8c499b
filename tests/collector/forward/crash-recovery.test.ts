import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../support/free-port.js';
import { INGEST_HEADERS, newDataDir, testCentreYaml } from '../../support/collector.js';
import {
  startInfluxDb1,
  type InfluxQlResult,
  type TimeSeriesServer,
} from '../../support/time-series-servers.js';
import { waitUntil } from '../../support/wait.js';

let influx: TimeSeriesServer & { query(q: string, db?: string): Promise<InfluxQlResult> };
beforeAll(async () => {
  influx = await startInfluxDb1();
});
afterAll(() => influx?.stop());

/** The collector as its own process (the real CLI, run from the sources through tsx). */
function spawnCollector(configFile: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `import('./cli/main.ts').then((m) => m.main(['start', '--config', ${JSON.stringify(configFile)}], process.env))`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PULSE_LOG_LEVEL: 'warn' } },
  );
}

const T0 = Date.UTC(2026, 10, 27, 2, 0, 0);

describe('a collector killed mid-run', () => {
  it('delivers to InfluxDB every sample it acknowledged with 202, after a restart', async () => {
    const dataDir = newDataDir();
    const port = await freePort();
    const configFile = join(dataDir, 'centre.yaml');
    writeFileSync(
      configFile,
      testCentreYaml(
        dataDir,
        `influx: { url: "${influx.url}", api: v1, database: crash_test, flushIntervalMs: 50 }`,
      ).replace('port: 0', `port: ${port}`),
    );
    const url = `http://127.0.0.1:${port}`;
    let child = spawnCollector(configFile);
    await waitUntil(
      'the collector to start',
      async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.ok ?? false,
    );

    // Post batches back to back from two clients; kill the process once 3,000 samples are in.
    const acknowledged: number[] = [];
    let next = 0;
    let killed = false;
    const client = async (): Promise<void> => {
      while (!killed) {
        const batch = Array.from({ length: 100 }, () => next++);
        try {
          const response = await fetch(`${url}/api/v1/samples`, {
            method: 'POST',
            headers: INGEST_HEADERS,
            body: JSON.stringify(
              batch.map((i) => ({
                ts: T0 + i,
                site: 'test-centre',
                measurement: 'link',
                target: 'gateway',
                probe: 'tcp',
                fields: { up: 1, rtt_ms: 1 },
              })),
            ),
          });
          if (response.status === 202) acknowledged.push(...batch);
        } catch {
          return; // the connection died with the process: this batch was not acknowledged
        }
        if (acknowledged.length >= 3000 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await Promise.all([client(), client()]);
    await exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(3000);

    child = spawnCollector(configFile);
    try {
      const stored = async (): Promise<Set<number>> => {
        const result = await influx
          .query(`SELECT rtt_ms FROM link WHERE target = 'gateway'`, 'crash_test')
          .catch(() => undefined);
        const values = result?.results[0]?.series?.[0]?.values ?? [];
        return new Set(values.map(([ts]) => (ts as number) - T0));
      };
      await waitUntil(
        'InfluxDB to hold every acknowledged sample',
        async () => {
          const inInflux = await stored();
          return acknowledged.every((i) => inInflux.has(i));
        },
        { timeoutMs: 60_000, intervalMs: 250 },
      );
      // Samples recorded but not acknowledged (the kill cut the answer) may be there too; no more.
      expect((await stored()).size).toBeLessThanOrEqual(next);
    } finally {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
  }, 120_000);
});
