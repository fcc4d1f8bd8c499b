import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../../collector/main.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../../support/collector.js';
import { startVictoriaMetrics, type TimeSeriesServer } from '../../support/time-series-servers.js';
import { waitUntil } from '../../support/wait.js';

// InfluxDB 2.x cannot run on these machines (no package, no Docker engine). VictoriaMetrics is a
// real server of the same `/api/v2/write` API, so the v2 path is tested end to end against it.
let server: TimeSeriesServer;
let collector: RunningCollector | undefined;
beforeAll(async () => {
  server = await startVictoriaMetrics();
});
afterAll(() => server?.stop());
afterEach(async () => {
  await collector?.close();
  collector = undefined;
});

interface ExportedSeries {
  metric: Record<string, string>;
  values: number[];
  timestamps: number[];
}

/** Every series VictoriaMetrics holds whose name matches, read back with `/api/v1/export`. */
async function exported(match: string): Promise<ExportedSeries[]> {
  const response = await fetch(
    `${server.url}/api/v1/export?${new URLSearchParams({ 'match[]': match })}`,
  );
  const text = await response.text();
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ExportedSeries);
}

const T0 = Date.UTC(2026, 10, 27, 1, 0, 0);

describe('forwarding through @influxdata/influxdb-client (v2 /api/v2/write)', () => {
  it('delivers every sample with its tags, timestamps and values', async () => {
    collector = await startTestCollector(newDataDir(), {
      extraYaml: `influx: { url: "${server.url}", api: v2, org: centre, bucket: pulse, token: a-test-token, flushIntervalMs: 50 }`,
    });
    const samples = Array.from({ length: 120 }, (_, i) => ({
      ts: T0 + i * 10_000,
      site: 'test-centre',
      measurement: 'link',
      target: i % 2 === 0 ? 'gateway' : 'dns-vnpt',
      probe: 'tcp',
      fields: { up: 1, rtt_ms: 1 + i / 10 },
    }));
    const response = await fetch(`${collector.url}/api/v1/samples`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify(samples),
    });
    expect(response.status).toBe(202);
    await waitUntil('VictoriaMetrics to hold all 120 points', async () => {
      const series = await exported('{__name__="link_rtt_ms"}');
      return series.reduce((n, s) => n + s.values.length, 0) === 120;
    });
    const series = await exported('{__name__="link_rtt_ms"}');
    const gateway = series.find((s) => s.metric.target === 'gateway')!;
    expect(gateway.metric).toMatchObject({ site: 'test-centre', probe: 'tcp' });
    expect(gateway.timestamps[0]).toBe(T0);
    expect(gateway.values[0]).toBe(1);
    expect(gateway.values).toHaveLength(60);
  });
});
