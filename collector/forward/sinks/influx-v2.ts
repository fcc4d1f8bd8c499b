import { HttpError, InfluxDB } from '@influxdata/influxdb-client';
import { displayUrl, SinkError, sinkErrorOf, type LineSink } from './sink.js';

/** Settings of the InfluxDB 2.x write API (also 3.x, Cloud, and 1.8+ with `username:password`). */
export interface InfluxV2Options {
  url: string;
  token?: string | undefined;
  org: string;
  bucket: string;
  timeoutMs?: number;
}

/**
 * Writes through `@influxdata/influxdb-client` with its own retries and buffer turned off: the
 * client keeps failed lines in memory and drops them after minutes, while our outbox keeps them on
 * disk until they are delivered, so every batch is one attempt and the forwarder decides what next.
 */
export function createInfluxV2Sink(options: InfluxV2Options): LineSink {
  const { url, token, org, bucket, timeoutMs = 30_000 } = options;
  const influx = new InfluxDB({ url, token, timeout: timeoutMs });
  return {
    description: `InfluxDB v2 ${displayUrl(url)} org ${org} bucket ${bucket}`,
    async write(lines) {
      const writeApi = influx.getWriteApi(org, bucket, 'ms', {
        batchSize: lines.length + 1,
        flushInterval: 0,
        maxRetries: 0,
        gzipThreshold: 1000,
        // Make the failure the result of flush() instead of the client's in-memory retry.
        writeFailed: (error) => Promise.reject(error),
      });
      writeApi.writeRecords([...lines]);
      try {
        await writeApi.close();
      } catch (error) {
        if (error instanceof HttpError) {
          throw sinkErrorOf(
            error.statusCode,
            error.body ?? error.message,
            error.headers?.['retry-after'] as string | null,
          );
        }
        throw new SinkError(
          'unavailable',
          `cannot reach InfluxDB at ${displayUrl(url)}: ${(error as Error).message}`,
        );
      }
    },
    async ensureTarget() {
      throw new SinkError(
        'missing-target',
        `InfluxDB bucket "${bucket}" in org "${org}" does not exist: create it (influx bucket create -n ${bucket} -o ${org}) or check PULSE_INFLUX_BUCKET and PULSE_INFLUX_ORG`,
      );
    },
  };
}
