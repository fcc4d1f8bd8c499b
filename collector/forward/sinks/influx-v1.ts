import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { displayUrl, SinkError, sinkErrorOf, type LineSink } from './sink.js';

const gzipAsync = promisify(gzip);

/** Settings of the InfluxDB 1.x `/write` API (before 1.8, which has no `/api/v2/write`). */
export interface InfluxV1Options {
  url: string;
  database: string;
  username?: string | undefined;
  password?: string | undefined;
  createDatabase: boolean;
  /** Time after which a request counts as failed, in ms. */
  timeoutMs?: number;
}

/** Writes to `POST /write?db=…&precision=ms`, gzipped, with basic auth when a user is set. */
export function createInfluxV1Sink(options: InfluxV1Options): LineSink {
  const { url, database, username, password, createDatabase, timeoutMs = 30_000 } = options;
  const base = url.replace(/\/+$/, '');
  const headers: Record<string, string> = {};
  if (username)
    headers.authorization = `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}`;

  async function post(
    path: string,
    body: Buffer | URLSearchParams,
    extra: Record<string, string>,
  ): Promise<Response> {
    try {
      return await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { ...headers, ...extra },
        // A Buffer is a body to Node's fetch; the cast lets the DOM's types (the dashboard's
        // tests start a real collector) agree.
        body: body as RequestInit['body'],
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new SinkError(
        'unavailable',
        `cannot reach InfluxDB at ${displayUrl(base)}: ${(error as Error).message}`,
      );
    }
  }

  return {
    description: `InfluxDB v1 ${displayUrl(base)} database ${database}`,
    async write(lines) {
      const body = await gzipAsync(Buffer.from(lines.join('\n')));
      const response = await post(
        `/write?${new URLSearchParams({ db: database, precision: 'ms' })}`,
        body,
        {
          'content-type': 'text/plain; charset=utf-8',
          'content-encoding': 'gzip',
        },
      );
      if (response.ok) return void (await response.arrayBuffer());
      throw sinkErrorOf(
        response.status,
        await response.text(),
        response.headers.get('retry-after'),
      );
    },
    async ensureTarget() {
      if (!createDatabase) {
        throw new SinkError(
          'missing-target',
          `InfluxDB database "${database}" does not exist: create it (CREATE DATABASE "${database}") or set influx.createDatabase: true`,
        );
      }
      const q = `CREATE DATABASE "${database.replace(/"/g, '\\"')}"`;
      const response = await post('/query', new URLSearchParams({ q }), {});
      const text = await response.text();
      if (!response.ok || /"error"/.test(text)) {
        throw new SinkError(
          'missing-target',
          `InfluxDB database "${database}" does not exist and could not be created (${text.slice(0, 200)}): create it, or give the user the right to`,
        );
      }
    },
  };
}
