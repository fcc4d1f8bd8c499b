import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { inject } from 'vitest';
import { parseConfigText, type PulseConfig } from '../../config/index.js';
import { startCollector, type RunningCollector } from '../../collector/main.js';

/** A fresh data directory under the system's temp folder. */
export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'pulse-data-'));
}

/** Settings YAML of a small test centre whose probes reach only this machine. */
export function testCentreYaml(dataDir: string, extra = '', viewerToken?: string): string {
  const viewer = viewerToken ? `, viewerToken: ${viewerToken}` : '';
  return `
site: { id: test-centre, name: Trung tâm thử nghiệm }
server: { port: 0, host: 127.0.0.1, dataDir: ${JSON.stringify(dataDir)}, bodyLimitBytes: 65536 }
auth: { ingestToken: test-ingest-token-0001, adminToken: test-admin-token-00001${viewer} }
fields:
  - { id: tu-phap-ho-tich, name: Tư pháp – Hộ tịch }
  - { id: chung-thuc, name: Chứng thực }
counters:
  - { id: '1', name: Quầy 1, fields: [tu-phap-ho-tich] }
  - { id: '2', name: Quầy 2, fields: [chung-thuc] }
${extra}`;
}

/** Starts a real collector (HTTP and WebSocket on a free loopback port) on `dataDir`. */
export async function startTestCollector(
  dataDir: string,
  options: {
    extraYaml?: string;
    viewerToken?: string;
    port?: number;
    bodyLimitBytes?: number;
    livePingSeconds?: number;
    clock?: () => number;
    /** Changes the parsed settings before start (for keys the test YAML already sets). */
    configure?: (config: PulseConfig) => void;
  } = {},
): Promise<RunningCollector> {
  const config = parseConfigText(
    testCentreYaml(dataDir, options.extraYaml, options.viewerToken),
    'test centre',
  );
  if (options.port !== undefined) config.server.port = options.port;
  if (options.bodyLimitBytes !== undefined) config.server.bodyLimitBytes = options.bodyLimitBytes;
  options.configure?.(config);
  return startCollector({
    settings: { config, source: { kind: 'file', path: 'test centre' } },
    logger: pino({ level: process.env.PULSE_TEST_LOG_LEVEL ?? 'silent' }),
    clock: options.clock,
    dashboardDir: inject('dashboardDir'),
    live: options.livePingSeconds ? { pingIntervalSeconds: options.livePingSeconds } : undefined,
  });
}

/** Headers of a request carrying the ingest token of the test centre. */
export const INGEST_HEADERS = {
  authorization: 'Bearer test-ingest-token-0001',
  'content-type': 'application/json',
};
