import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { pino, type Logger } from 'pino';
import type { SeriesResponse } from '../../contracts/api.js';
import type { Sample } from '../../contracts/sample.js';
import { DATABASE_FILE } from '../../collector/recorder/recorder.js';
import { startAgent, type AgentOptions, type RunningAgent } from '../../agent/index.js';

/** The ingest token of the test centre (tests/support/collector.ts). */
export const TEST_TOKEN = 'test-ingest-token-0001';
/** Site of the agent's samples in these tests. */
export const AGENT_SITE = 'agent-pc';

/** A TCP server on 127.0.0.1 that accepts and closes every connection: a target that is up. */
export async function startTcpTarget(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `tcp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A pino logger whose JSON lines are kept for assertions. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}

/** An agent with one fast target (0.2 s rounds) and fast retries, and the samples it produced. */
export async function startFastAgent(
  options: Partial<AgentOptions> & Pick<AgentOptions, 'collectorUrl' | 'dataDir'>,
  targetUrl: string | undefined,
): Promise<{ agent: RunningAgent; produced: Sample[] }> {
  const produced: Sample[] = [];
  const agent = await startAgent({
    token: TEST_TOKEN,
    site: AGENT_SITE,
    targets: targetUrl
      ? [{ id: 'counter-pc', url: targetUrl, intervalSeconds: 0.2, timeoutMs: 1000 }]
      : [],
    logger: pino({ level: process.env.PULSE_TEST_LOG_LEVEL ?? 'silent' }),
    flushIntervalMs: 100,
    minBackoffMs: 50,
    maxBackoffMs: 200,
    requestTimeoutMs: 2000,
    onSample: (sample) => produced.push(sample),
    ...options,
  });
  return { agent, produced };
}

/** Timestamps of the `link.up` points of a target recorded by a collector, in time order. */
export async function recordedTimestamps(collectorUrl: string, target: string): Promise<number[]> {
  const response = await fetch(
    `${collectorUrl}/api/v1/series?metric=link.up&site=${AGENT_SITE}&target=${target}`,
  );
  if (response.status !== 200) throw new Error(`series answered ${response.status}`);
  const body = (await response.json()) as SeriesResponse;
  return body.series.flatMap((series) => series.points.map(([ms]) => ms));
}

/**
 * Timestamps of a target's samples in the order the collector recorded them (its row ids): the
 * series API sorts by time, so arrival order is only visible in the recorder's file. Read after
 * the collector is closed.
 */
export function recordingOrder(collectorDataDir: string, target: string): number[] {
  const db = new Database(join(collectorDataDir, DATABASE_FILE), { readonly: true });
  try {
    return db
      .prepare(
        'SELECT p.ts FROM samples p JOIN series s ON s.id = p.series_id WHERE s.target = ? ORDER BY p.id',
      )
      .pluck()
      .all(target) as number[];
  } finally {
    db.close();
  }
}
