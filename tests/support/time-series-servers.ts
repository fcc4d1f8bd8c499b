import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/** A time-series server started by a test: real InfluxDB 1.6.7 or VictoriaMetrics, on loopback. */
export interface TimeSeriesServer {
  url: string;
  /** Stops the server (SIGTERM) and waits for it to exit; its data directory stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  start(): Promise<void>;
}

/** Waits until `url` answers with a 2xx, polling every 50 ms, or fails after `timeoutMs`. */
async function waitUntilReady(url: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url}: the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet: poll again until the deadline
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function requireBinary(path: string, pkg: string): void {
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: install Debian's ${pkg} package (apt-get install ${pkg}); npm test does it`,
    );
  }
}

function managed(command: string, args: string[], readyUrl: string, url: string): TimeSeriesServer {
  let child: ChildProcess | undefined;
  let output = '';
  const server: TimeSeriesServer = {
    url,
    async start() {
      output = '';
      child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.on(
        'data',
        (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)),
      );
      child.stderr!.on(
        'data',
        (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)),
      );
      try {
        await waitUntilReady(readyUrl, child);
      } catch (error) {
        child.kill('SIGKILL');
        throw new Error(`${(error as Error).message}\n${output}`);
      }
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
  };
  return server;
}

/**
 * Starts Debian's InfluxDB 1.6.7 (`influxd`) with its own config file, data directories and free
 * loopback ports, and waits for `/ping`.
 */
export async function startInfluxDb1(): Promise<
  TimeSeriesServer & { query(q: string, db?: string): Promise<InfluxQlResult> }
> {
  requireBinary('/usr/bin/influxd', 'influxdb');
  const dir = mkdtempSync(join(tmpdir(), 'pulse-influxdb-'));
  const [httpPort, rpcPort] = [await freePort(), await freePort()];
  const configFile = join(dir, 'influxdb.conf');
  writeFileSync(
    configFile,
    `reporting-disabled = true
bind-address = "127.0.0.1:${rpcPort}"
[meta]
  dir = "${dir}/meta"
[data]
  dir = "${dir}/data"
  wal-dir = "${dir}/wal"
  query-log-enabled = false
[http]
  enabled = true
  bind-address = "127.0.0.1:${httpPort}"
  log-enabled = false
[monitor]
  store-enabled = false
[continuous_queries]
  enabled = false
[subscriber]
  enabled = false
[logging]
  level = "warn"
`,
  );
  const url = `http://127.0.0.1:${httpPort}`;
  const server = managed('/usr/bin/influxd', ['run', '-config', configFile], `${url}/ping`, url);
  await server.start();
  return {
    ...server,
    async query(q: string, db?: string) {
      const params = new URLSearchParams({ q, epoch: 'ms' });
      if (db) params.set('db', db);
      const response = await fetch(`${url}/query`, { method: 'POST', body: params });
      const body = (await response.json()) as InfluxQlResult;
      if (!response.ok)
        throw new Error(`InfluxQL ${q}: HTTP ${response.status} ${JSON.stringify(body)}`);
      return body;
    },
  };
}

/** The JSON answer of InfluxDB 1.x `/query`. */
export interface InfluxQlResult {
  results: {
    statement_id: number;
    error?: string;
    series?: {
      name: string;
      tags?: Record<string, string>;
      columns: string[];
      values: unknown[][];
    }[];
  }[];
}

/**
 * Starts Debian's VictoriaMetrics, which implements InfluxDB's `/api/v2/write`, with its own data
 * directory, and no query lag (`-search.latencyOffset=0s`).
 */
export async function startVictoriaMetrics(): Promise<TimeSeriesServer> {
  requireBinary('/usr/bin/victoria-metrics', 'victoria-metrics');
  const dir = mkdtempSync(join(tmpdir(), 'pulse-victoria-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = managed(
    '/usr/bin/victoria-metrics',
    [
      `-httpListenAddr=127.0.0.1:${port}`,
      `-storageDataPath=${dir}`,
      '-search.latencyOffset=0s',
      '-loggerLevel=ERROR',
    ],
    `${url}/health`,
    url,
  );
  await server.start();
  return server;
}
